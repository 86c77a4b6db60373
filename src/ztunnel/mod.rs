//! Ambient mode's node proxy, ztunnel: its admin config dump ([`dump`]) and the
//! `ztunnel-config` views of it ([`view`]).

pub mod dump;
pub mod live;
pub mod precheck;
pub mod view;
