//! Aligned plain-text tables fitted to a width, with optional ANSI colour.

use super::text::{clip, plain, width, wrap_with};
use super::{Paint, Style};

/// Spaces between two columns.
const GAP: usize = 2;

pub use crate::markup::Align;

/// One column: its header, alignment, and whether long cells wrap (else they are clipped with `…`).
/// In every column a `\n` inside a cell starts a new line.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub align: Align,
    pub wrap: bool,
    /// Values are never cut (ids people copy into commands, names, dates, prices): when space is
    /// short, droppable columns go first, and only then is a whole column clipped.
    pub whole: bool,
    /// When the table does not fit, columns with a rank are left out, the lowest rank first,
    /// before any whole value is cut.
    pub drop_rank: Option<u8>,
    /// This column narrows only when no other column can: row labels that say what a row is
    /// (`compare`'s "Price /Mtok (blended 3:1)") keep their width while the values wrap.
    pub narrowed_last: bool,
}

impl Column {
    /// A left-aligned column whose long cells are clipped.
    pub fn left(header: &str) -> Self {
        Column {
            header: header.to_string(),
            align: Align::Left,
            wrap: false,
            whole: false,
            drop_rank: None,
            narrowed_last: false,
        }
    }

    /// A right-aligned column, for numbers.
    pub fn right(header: &str) -> Self {
        Column {
            align: Align::Right,
            ..Column::left(header)
        }
    }

    /// This column's values are never cut (a wrapping one breaks lines only between words).
    pub fn whole(self) -> Self {
        Column {
            whole: true,
            ..self
        }
    }

    /// This column may be left out when the table does not fit; the lowest rank goes first.
    pub fn droppable(self, rank: u8) -> Self {
        Column {
            drop_rank: Some(rank),
            ..self
        }
    }

    /// This column gives way only after every other column is as narrow as it may be; a whole
    /// wrapping one then breaks its lines between words, never inside one.
    pub fn narrowed_last(self) -> Self {
        Column {
            narrowed_last: true,
            ..self
        }
    }

    /// A left-aligned column whose long cells wrap onto more lines (`\n` starts a new line).
    pub fn wrapping(header: &str) -> Self {
        Column {
            wrap: true,
            ..Column::left(header)
        }
    }
}

/// A cell's text and how to colour it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub paint: Paint,
}

impl Cell {
    /// A cell drawn in the default colour.
    pub fn plain(text: impl Into<String>) -> Self {
        Cell::painted(text, Paint::None)
    }

    /// A cell drawn with `paint`.
    pub fn painted(text: impl Into<String>, paint: Paint) -> Self {
        Cell {
            text: text.into(),
            paint,
        }
    }
}

/// A line of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// One cell per column.
    Cells(Vec<Cell>),
    /// A heading across the whole width.
    Heading(Cell),
    /// An empty line.
    Blank,
}

/// Columns and lines; the header row is shown when `header` is true.
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub lines: Vec<Line>,
    pub header: bool,
}

impl Table {
    /// An empty table with a header row.
    pub fn new(columns: Vec<Column>) -> Self {
        Table {
            columns,
            lines: Vec::new(),
            header: true,
        }
    }

    /// Appends a row; missing cells are empty.
    pub fn row(&mut self, cells: Vec<Cell>) {
        self.lines.push(Line::Cells(cells));
    }

    /// Renders the table into lines no wider than `style.width` (unless even the narrowest columns
    /// do not fit), each ending in `\n`, without trailing spaces. Droppable columns that do not fit
    /// are left out.
    pub fn render(&self, style: &Style) -> String {
        let shown = self.shown(style.width);
        if shown.len() < self.columns.len() {
            return self.only(&shown).render(style);
        }
        let widths = self.fit(style.width);
        let mut out = String::new();
        if self.header {
            let cells: Vec<Cell> = self
                .columns
                .iter()
                .map(|c| Cell::painted(c.header.clone(), Paint::Header))
                .collect();
            self.render_row(&cells, &widths, style, &mut out);
        }
        for line in &self.lines {
            match line {
                Line::Cells(cells) => self.render_row(cells, &widths, style, &mut out),
                Line::Heading(cell) => {
                    let text = clip(&plain(&cell.text), style.width);
                    out.push_str(&cell.paint.apply(&text, style.color));
                    out.push('\n');
                }
                Line::Blank => out.push('\n'),
            }
        }
        out
    }

    /// The columns to show in `total` columns: all, unless whole values would have to be cut; then
    /// droppable columns are left out, the lowest rank first (the rightmost of equal ranks), until
    /// the rest fits or none is left to drop.
    fn shown(&self, total: usize) -> Vec<usize> {
        let natural = self.natural();
        let floors = self.floors(&natural);
        let mut shown: Vec<usize> = (0..self.columns.len()).collect();
        loop {
            let need: usize = shown.iter().map(|&i| floors[i]).sum::<usize>()
                + GAP * shown.len().saturating_sub(1);
            if need <= total {
                return shown;
            }
            let Some(pos) = (0..shown.len())
                .filter(|&p| self.columns[shown[p]].drop_rank.is_some())
                .min_by_key(|&p| (self.columns[shown[p]].drop_rank, std::cmp::Reverse(p)))
            else {
                return shown;
            };
            shown.remove(pos);
        }
    }

    /// The same table with only the columns `keep`, in their order.
    fn only(&self, keep: &[usize]) -> Table {
        let pick = |cells: &[Cell]| -> Vec<Cell> {
            keep.iter()
                .map(|&i| cells.get(i).cloned().unwrap_or_else(|| Cell::plain("")))
                .collect()
        };
        Table {
            columns: keep.iter().map(|&i| self.columns[i].clone()).collect(),
            lines: self
                .lines
                .iter()
                .map(|line| match line {
                    Line::Cells(cells) => Line::Cells(pick(cells)),
                    other => other.clone(),
                })
                .collect(),
            header: self.header,
        }
    }

    /// The narrowest each column may become before a value is cut: whole columns keep their
    /// natural width (a wrapping one its longest word), others a few characters.
    fn floors(&self, natural: &[usize]) -> Vec<usize> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| match (c.whole, c.wrap) {
                (true, true) => self.longest_word(i),
                (true, false) => natural[i],
                (false, true) => natural[i].min(12),
                // A column that may go is left out rather than clipped to a stub.
                (false, false) if c.drop_rank.is_some() => natural[i].min(10),
                (false, false) => natural[i].min(6),
            })
            .collect()
    }

    /// The widest word of column `i`, header included.
    fn longest_word(&self, i: usize) -> usize {
        let words = |text: &str| plain(text).split([' ', '\n']).map(width).max().unwrap_or(0);
        let header = words(&self.columns[i].header);
        self.lines
            .iter()
            .filter_map(|line| match line {
                Line::Cells(cells) => cells.get(i).map(|c| words(&c.text)),
                _ => None,
            })
            .fold(header, usize::max)
    }

    /// The natural width of each column: its widest cell or header.
    fn natural(&self) -> Vec<usize> {
        let mut widths: Vec<usize> = self.columns.iter().map(|c| width(&c.header)).collect();
        for line in &self.lines {
            let Line::Cells(cells) = line else { continue };
            for (w, cell) in widths.iter_mut().zip(cells) {
                let widest = cell.text.split('\n').map(|p| width(&plain(p))).max();
                *w = (*w).max(widest.unwrap_or(0));
            }
        }
        widths
    }

    /// Column widths that fit `total`: wrapping columns give way first, then the others together,
    /// and values that must stay whole last (only when nothing else can); within each group the
    /// widest are levelled down together, each to its floor. Columns [narrowed
    /// last](Column::narrowed_last) give way after all the others, in the same order.
    fn fit(&self, total: usize) -> Vec<usize> {
        let mut widths = self.natural();
        let whole_floors = self.floors(&widths);
        let mut floors: Vec<usize> = self
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, &w)| w.min(if c.wrap { 12 } else { 6 }))
            .collect();
        let budget = total.saturating_sub(GAP * self.columns.len().saturating_sub(1));
        if whole_floors.iter().sum::<usize>() <= budget {
            // Whole values fit: they are never cut.
            floors = whole_floors;
        } else {
            // Something will be cut; a column narrowed last still keeps its longest word until
            // every other column is at its floor.
            for (i, c) in self.columns.iter().enumerate() {
                if c.narrowed_last {
                    widths[i] = widths[i].min(whole_floors[i]);
                }
            }
        }
        let mut used: usize = widths.iter().sum();
        while used > budget {
            let shrinkable: Vec<usize> = (0..widths.len())
                .filter(|&i| widths[i] > floors[i])
                .collect();
            let first = |late: bool, f: &dyn Fn(&Column) -> bool| -> Vec<usize> {
                shrinkable
                    .iter()
                    .copied()
                    .filter(|&i| self.columns[i].narrowed_last == late && f(&self.columns[i]))
                    .collect()
            };
            let pool = [false, true]
                .into_iter()
                .flat_map(|late| {
                    [
                        first(late, &|c| c.wrap && !c.whole),
                        // A whole wrapping column only narrows down to its longest word.
                        first(late, &|c| c.wrap || !c.whole),
                        first(late, &|c| c.whole),
                    ]
                })
                .find(|p| !p.is_empty())
                .unwrap_or_default();
            let Some(&i) = pool.iter().max_by_key(|&&i| widths[i]) else {
                break;
            };
            // Shrink the widest down to the next widest, so no column is cut more than it must be.
            let next = pool
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| widths[j])
                .max()
                .unwrap_or(0);
            let step = widths[i]
                .saturating_sub(next.max(floors[i]))
                .max(1)
                .min(used - budget)
                .min(widths[i] - floors[i]);
            widths[i] -= step;
            used -= step;
        }
        widths
    }

    fn render_row(&self, cells: &[Cell], widths: &[usize], style: &Style, out: &mut String) {
        let empty = Cell::plain("");
        let blocks: Vec<Vec<String>> = self
            .columns
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (col, &w))| {
                let cell = cells.get(i).unwrap_or(&empty);
                if col.wrap {
                    // Only a link in the last column may overflow (nothing follows it to push
                    // out of line, and a broken link cannot be followed). A whole column has
                    // room for its longest word unless nothing else fit.
                    let last = i + 1 == self.columns.len();
                    cell.text
                        .split('\n')
                        .flat_map(|p| wrap_with(&plain(p), w, !(last && p.contains("://"))))
                        .collect()
                } else {
                    cell.text.split('\n').map(|p| clip(&plain(p), w)).collect()
                }
            })
            .collect();
        let height = blocks.iter().map(Vec::len).max().unwrap_or(1);
        for n in 0..height {
            let mut line = String::new();
            for (i, (col, &w)) in self.columns.iter().zip(widths).enumerate() {
                if i > 0 {
                    line.push_str(&" ".repeat(GAP));
                }
                let text = blocks[i].get(n).map_or("", String::as_str);
                let right = col.align == Align::Right;
                let padding = " ".repeat(w.saturating_sub(width(text)));
                let paint = cells.get(i).map_or(Paint::None, |c| c.paint);
                let painted = paint.apply(text, style.color);
                if right {
                    line.push_str(&padding);
                    line.push_str(&painted);
                } else {
                    line.push_str(&painted);
                    line.push_str(&padding);
                }
            }
            out.push_str(line.trim_end_matches(' '));
            out.push('\n');
        }
    }
}

/// Two columns of label and value without a header: the layout of `show`.
pub fn pairs(rows: Vec<(String, Cell)>) -> Table {
    let mut t = Table::new(vec![Column::left(""), Column::wrapping("")]);
    t.header = false;
    for (label, value) in rows {
        t.row(vec![Cell::painted(label, Paint::Label), value]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(width: usize) -> Style {
        Style {
            color: false,
            width,
        }
    }

    fn sample() -> Table {
        let mut t = Table::new(vec![
            Column::left("NAME"),
            Column::right("SCORE"),
            Column::left("NOTE"),
        ]);
        t.row(vec![
            Cell::plain("BLOOM"),
            Cell::plain("3.5"),
            Cell::plain("open"),
        ]);
        t.row(vec![
            Cell::plain("通义千问"),
            Cell::plain("4"),
            Cell::plain("a much longer note"),
        ]);
        t
    }

    #[test]
    fn columns_align_by_display_width() {
        let out = sample().render(&style(100));
        assert_eq!(
            out,
            "NAME      SCORE  NOTE\n\
             BLOOM       3.5  open\n\
             通义千问      4  a much longer note\n"
        );
    }

    #[test]
    fn narrow_widths_clip_the_widest_column() {
        let out = sample().render(&style(22));
        for line in out.lines() {
            assert!(width(line) <= 22, "{line:?}");
        }
        assert!(out.contains('…'), "{out}");
    }

    #[test]
    fn whole_columns_are_clipped_last() {
        let mut t = Table::new(vec![Column::left("ID").whole(), Column::left("NAME")]);
        t.row(vec![
            Cell::plain("llama-3-1-405b"),
            Cell::plain("Llama 3.1 405B Instruct"),
        ]);
        let out = t.render(&style(30));
        assert_eq!(out.lines().nth(1), Some("llama-3-1-405b  Llama 3.1 405…"));
    }

    #[test]
    fn wrapping_columns_give_way_and_wrap() {
        let mut t = Table::new(vec![Column::left("ID"), Column::wrapping("TEXT")]);
        t.row(vec![
            Cell::plain("a"),
            Cell::plain("one two three four five six"),
        ]);
        let out = t.render(&style(15));
        assert_eq!(out, "ID  TEXT\na   one two\n    three four\n    five six\n");
    }

    #[test]
    fn a_column_narrowed_last_keeps_its_width_while_others_wrap_then_wraps_between_words() {
        let mut t = Table::new(vec![
            Column::wrapping("").whole().narrowed_last(),
            Column::wrapping("A").whole(),
        ]);
        t.row(vec![
            Cell::plain("Price (blended 3:1)"),
            Cell::plain("$7.50 ($5.00 in / $15.00 out)"),
        ]);
        // The values wrap down to their longest word before the label gives way.
        let out = t.render(&style(40));
        assert_eq!(
            out.lines().nth(1),
            Some("Price (blended 3:1)  $7.50 ($5.00 in /")
        );
        // Then the label wraps between words: never clipped, never broken inside a word.
        let out = t.render(&style(24));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            [
                "                  A",
                "Price (blended    $7.50",
                "3:1)              ($5.00",
                "                  in /",
                "                  $15.00",
                "                  out)",
            ]
        );
    }

    #[test]
    fn colour_wraps_text_but_not_padding() {
        let mut t = Table::new(vec![Column::left("A"), Column::left("B")]);
        t.row(vec![Cell::painted("x", Paint::Best), Cell::plain("y")]);
        let out = t.render(&Style {
            color: true,
            width: 80,
        });
        assert!(out.contains("\u{1b}[1;32mx\u{1b}[0m  y"), "{out:?}");
        let plain_out = t.render(&style(80));
        assert!(!plain_out.contains('\u{1b}'));
    }

    #[test]
    fn cells_never_carry_control_characters_through() {
        let mut t = Table::new(vec![Column::left("A")]);
        t.row(vec![Cell::plain("x\u{1b}]0;title\u{7}y")]);
        let out = t.render(&style(80));
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    }
}
