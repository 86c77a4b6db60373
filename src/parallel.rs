//! The one parallel map every parallel stage uses (loading files, validating files, running
//! analyzers).
//!
//! Jobs are spread over the machine's cores (each worker takes the next job not yet taken, so
//! one slow job does not hold up a fixed share of the others); results come back in job order
//! whatever the scheduling. A job that panics does not take its worker's other results with
//! it: the panic is caught and comes back in that job's place as a [`WorkerPanic`] naming the
//! stage and the input, for the caller to report as an internal error (exit 3).

use std::any::Any;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, mpsc};

/// A job that panicked: an internal error (a bug), never the user's fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "internal error in {stage} on {input}: {message} (this is a bug in sailctl: please report it with the input that caused it)"
)]
pub struct WorkerPanic {
    /// The stage, e.g. "loading", "analyzer".
    pub stage: &'static str,
    /// The job's input: a file name, an analyzer name.
    pub input: String,
    /// The panic's message.
    pub message: String,
}

/// Worker threads to use for `jobs` jobs: the machine's parallelism (at most 8), no more than
/// there are jobs, at least one.
pub fn workers_for(jobs: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8)
        .min(jobs)
        .max(1)
}

/// The text of a caught panic.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic without a message".to_string()
    }
}

/// Run `f`, turning a panic into the [`WorkerPanic`] of `stage` on the input `input` names.
pub fn catch<R>(
    stage: &'static str,
    input: impl FnOnce() -> String,
    f: impl FnOnce() -> R,
) -> Result<R, WorkerPanic> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| WorkerPanic {
        stage,
        input: input(),
        message: panic_message(payload.as_ref()),
    })
}

/// Run `job` over `items` in parallel, handing each result to `sink` in item order as soon as
/// it and every earlier one are done (so a caller can stream and drop results as they come).
///
/// Each worker owns a state made by `init` (a per-worker scratch context); after a job panics
/// its worker starts again from a fresh state. `label` names an item in a [`WorkerPanic`].
pub fn for_each_ordered<T, S, R>(
    stage: &'static str,
    items: &[T],
    label: impl Fn(&T) -> String + Sync,
    init: impl Fn() -> S + Sync,
    job: impl Fn(&mut S, &T) -> R + Sync,
    sink: impl FnMut(Result<R, WorkerPanic>),
) where
    T: Sync,
    R: Send,
{
    for_each_ordered_iter(
        stage,
        items.iter(),
        |t| label(t),
        init,
        |s, t| job(s, *t),
        sink,
    );
}

/// [`for_each_ordered`] over items an iterator produces while the workers run: the iterator is
/// driven on a thread of its own and runs at most a few items ahead of the workers, so a
/// stream (the documents of a big file) is never held whole. The workers used follow the
/// iterator's upper size hint (all cores when it has none).
pub fn for_each_ordered_iter<T, I, S, R>(
    stage: &'static str,
    items: I,
    label: impl Fn(&T) -> String + Sync,
    init: impl Fn() -> S + Sync,
    job: impl Fn(&mut S, &mut T) -> R + Sync,
    mut sink: impl FnMut(Result<R, WorkerPanic>),
) where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
{
    let run_one = |state: &mut S, item: &mut T| -> Result<R, WorkerPanic> {
        let r = catch(stage, String::new, || job(state, item));
        r.map_err(|mut panic| {
            *state = init();
            panic.input = label(item);
            panic
        })
    };
    let workers = workers_for(items.size_hint().1.unwrap_or(usize::MAX));
    if workers <= 1 {
        let mut state = init();
        for mut item in items {
            sink(run_one(&mut state, &mut item));
        }
        return;
    }
    // a bounded queue: the iterator waits while every worker is busy and two items wait
    let (item_tx, item_rx) = mpsc::sync_channel::<(usize, T)>(workers * 2);
    let item_rx = Mutex::new(item_rx);
    let (tx, rx) = mpsc::channel::<(usize, Result<R, WorkerPanic>)>();
    std::thread::scope(|scope| {
        let producer_tx = tx.clone();
        scope.spawn(move || {
            let mut n = 0;
            let mut items = items;
            loop {
                match catch(stage, || "reading the input".to_string(), || items.next()) {
                    Ok(Some(item)) => {
                        if item_tx.send((n, item)).is_err() {
                            break;
                        }
                    }
                    Ok(None) => break,
                    Err(panic) => {
                        let _ = producer_tx.send((n, Err(panic)));
                        break;
                    }
                }
                n += 1;
            }
        });
        for _ in 0..workers {
            let tx = tx.clone();
            let (item_rx, run_one, init) = (&item_rx, &run_one, &init);
            scope.spawn(move || {
                let mut state = init();
                loop {
                    let next = item_rx
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .recv();
                    let Ok((i, mut item)) = next else { break };
                    if tx.send((i, run_one(&mut state, &mut item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0;
        for (i, r) in rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&want) {
                sink(r);
                want += 1;
            }
        }
        // Every job sends exactly one result (its panic is caught), so nothing is pending
        // here; were a worker itself to die, its jobs are reported rather than dropped.
        for (i, r) in pending {
            while want < i {
                sink(Err(WorkerPanic {
                    stage,
                    input: format!("job {}", want + 1),
                    message: "the worker running it stopped".to_string(),
                }));
                want += 1;
            }
            sink(r);
            want += 1;
        }
    });
}

/// [`for_each_ordered`] collecting the results, without per-worker state.
pub fn map_ordered<T, R>(
    stage: &'static str,
    items: &[T],
    label: impl Fn(&T) -> String + Sync,
    job: impl Fn(&T) -> R + Sync,
) -> Vec<Result<R, WorkerPanic>>
where
    T: Sync,
    R: Send,
{
    let mut out = Vec::with_capacity(items.len());
    for_each_ordered(stage, items, label, || (), |_, t| job(t), |r| out.push(r));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_item_order() {
        let items: Vec<u64> = (0..200).collect();
        let out = map_ordered("test", &items, |i| i.to_string(), |&i| i * 2);
        let got: Vec<u64> = out.into_iter().map(|r| r.expect("no panic")).collect();
        assert_eq!(got, items.iter().map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_panic_is_reported_in_its_place_and_the_rest_is_kept() {
        let items: Vec<u32> = (0..50).collect();
        let out = map_ordered(
            "testing",
            &items,
            |i| format!("item {i}"),
            |&i| {
                if i == 17 {
                    panic!("boom on {i}");
                }
                i + 1
            },
        );
        assert_eq!(out.len(), 50);
        for (i, r) in out.iter().enumerate() {
            if i == 17 {
                let err = r.as_ref().expect_err("item 17 panicked");
                assert_eq!(err.stage, "testing");
                assert_eq!(err.input, "item 17");
                assert_eq!(err.message, "boom on 17");
                let text = err.to_string();
                assert!(
                    text.contains("internal error in testing on item 17"),
                    "{text}"
                );
                assert!(text.contains("report"), "{text}");
            } else {
                assert_eq!(r.as_ref().ok(), Some(&(i as u32 + 1)));
            }
        }
    }

    #[test]
    fn a_worker_state_is_fresh_after_a_panic() {
        // every job pushes to the worker's state; the job after a panic must not see the
        // panicked job's partial push
        let items: Vec<u32> = (0..40).collect();
        let mut seen = Vec::new();
        for_each_ordered(
            "state",
            &items,
            |i| i.to_string(),
            Vec::<u32>::new,
            |state, &i| {
                let before = state.len();
                state.push(i);
                if i % 7 == 3 {
                    panic!("after a push");
                }
                state.get(before..).map(<[u32]>::to_vec).unwrap_or_default()
            },
            |r| seen.push(r.ok()),
        );
        for (i, s) in seen.iter().enumerate() {
            let i = i as u32;
            if i % 7 == 3 {
                assert_eq!(s, &None);
            } else {
                assert_eq!(s.as_deref(), Some(&[i][..]));
            }
        }
    }

    #[test]
    fn workers_are_bounded_by_jobs() {
        assert_eq!(workers_for(0), 1);
        assert_eq!(workers_for(1), 1);
        assert!(workers_for(100) <= 8);
    }
}
