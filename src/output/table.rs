//! Aligned text tables in the layout kubectl and istioctl print (Go's `text/tabwriter` with
//! space padding and no flags).
//!
//! The rules, as tabwriter applies them:
//! - a row is a list of cells; every cell but the last belongs to a column;
//! - a column is a run of consecutive rows that all have a cell at that index; a row with fewer
//!   cells ends the run, so tables stacked without a blank line still align independently;
//! - each column is as wide as its widest cell plus the padding (the minimum width is 0);
//! - the last cell of a row is written as is, unless a longer row in the same block gives its
//!   index a column, in which case it is padded too. An empty last cell therefore leaves the
//!   previous cell's padding as trailing spaces, exactly as istioctl prints it.

/// A table under construction: rows of cells, rendered with [`Table::render`].
#[derive(Debug, Clone)]
pub struct Table {
    rows: Vec<Vec<String>>,
    padding: usize,
}

impl Table {
    /// A table whose columns are separated by at least `padding` spaces.
    pub fn new(padding: usize) -> Self {
        Table {
            rows: Vec::new(),
            padding,
        }
    }

    /// A table starting with a header row.
    pub fn with_header(padding: usize, header: &[&str]) -> Self {
        let mut t = Table::new(padding);
        t.row(header.iter().map(|s| s.to_string()).collect());
        t
    }

    /// Append a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Number of rows, the header included.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Render every row followed by a newline.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut widths = Vec::new();
        self.format(&mut out, &mut widths, 0, self.rows.len());
        out
    }

    /// Go's `tabwriter.format`: find the blocks of rows that share a column at index
    /// `widths.len()`, size that column, and recurse into the block for the next column.
    fn format(&self, out: &mut String, widths: &mut Vec<usize>, start: usize, end: usize) {
        let column = widths.len();
        let mut line0 = start;
        let mut this = start;
        while this < end {
            if column + 1 >= self.rows[this].len() {
                this += 1;
                continue;
            }
            self.write_lines(out, widths, line0, this);
            line0 = this;
            let mut width = 0;
            while this < end && column + 1 < self.rows[this].len() {
                let w = display_width(&self.rows[this][column]) + self.padding;
                width = width.max(w);
                this += 1;
            }
            widths.push(width);
            self.format(out, widths, line0, this);
            widths.pop();
            line0 = this;
        }
        self.write_lines(out, widths, line0, end);
    }

    fn write_lines(&self, out: &mut String, widths: &[usize], start: usize, end: usize) {
        for row in &self.rows[start..end] {
            for (j, cell) in row.iter().enumerate() {
                out.push_str(cell);
                if let Some(&w) = widths.get(j) {
                    for _ in display_width(cell)..w {
                        out.push(' ');
                    }
                }
            }
            out.push('\n');
        }
    }
}

/// Width as tabwriter counts it: Unicode scalar values.
fn display_width(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(padding: usize, rows: &[&[&str]]) -> String {
        let mut t = Table::new(padding);
        for r in rows {
            t.row(r.iter().map(|s| s.to_string()).collect());
        }
        t.render()
    }

    #[test]
    fn columns_are_widest_cell_plus_padding_and_last_cell_is_not_padded() {
        let out = table(3, &[&["NAME", "PORT", "X"], &["a", "12345", "long value"]]);
        assert_eq!(out, "NAME   PORT    X\na      12345   long value\n");
    }

    #[test]
    fn empty_last_cell_leaves_the_previous_padding() {
        let out = table(1, &[&["A", "B"], &["xx", ""]]);
        assert_eq!(out, "A  B\nxx \n");
    }

    #[test]
    fn empty_leading_cell_is_padded_to_the_column() {
        let out = table(2, &[&["NAME", "V"], &["", "1"]]);
        assert_eq!(out, "NAME  V\n      1\n");
    }

    #[test]
    fn a_shorter_row_ends_the_column_block() {
        // the single-cell row in the middle splits the first column into two blocks
        let out = table(1, &[&["aaaa", "1"], &["-"], &["b", "2"]]);
        assert_eq!(out, "aaaa 1\n-\nb 2\n");
    }

    #[test]
    fn columns_exist_only_where_a_row_has_a_following_cell() {
        let out = table(1, &[&["a", "b"], &["c", "dd", "e"]]);
        assert_eq!(out, "a b\nc dd e\n");
        let out = table(1, &[&["a", "", "x"], &["c", "dd", "e", "f"]]);
        assert_eq!(out, "a    x\nc dd e f\n");
    }

    #[test]
    fn width_counts_characters_not_bytes() {
        let out = table(1, &[&["é", "x"], &["ab", "y"]]);
        assert_eq!(out, "é  x\nab y\n");
    }
}
