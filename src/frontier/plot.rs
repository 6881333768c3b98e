//! The frontier chart laid out on a grid of character cells: y ticks on the left, x ticks below,
//! each point marked by its openness, the frontier drawn as a staircase through its points. Pure
//! data — the browser styles the cells by role and `modeldex frontier` prints their characters.

use super::{Axis, Frontier};
use crate::data::Openness;

/// What a cell shows, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Blank,
    /// The axis lines.
    Axis,
    /// A tick label.
    Tick,
    /// The frontier's staircase between its points.
    Step,
    /// An entry off the frontier.
    Point(Openness),
    /// An entry on the frontier.
    Frontier(Openness),
    /// The selected entry (on or off the frontier).
    Selected(Openness),
}

/// One character cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub ch: char,
    pub role: Role,
}

/// The characters a chart is drawn with.
#[derive(Debug, Clone, Copy)]
pub struct Glyphs {
    pub open_source: char,
    pub open_weights: char,
    pub closed: char,
    pub horizontal: char,
    pub vertical: char,
    /// Where the staircase turns from going right to going up (or down).
    pub turn_up: char,
    pub turn_down: char,
    pub axis_vertical: char,
    pub axis_horizontal: char,
    pub origin: char,
}

/// Box-drawing and geometric shapes.
pub const UNICODE: Glyphs = Glyphs {
    open_source: '●',
    open_weights: '◆',
    closed: '×',
    horizontal: '─',
    vertical: '│',
    turn_up: '┘',
    turn_down: '┐',
    axis_vertical: '┤',
    axis_horizontal: '─',
    origin: '└',
};

/// Plain ASCII for `--ascii` and old terminals.
pub const ASCII: Glyphs = Glyphs {
    open_source: 'o',
    open_weights: 'w',
    closed: 'x',
    horizontal: '-',
    vertical: '|',
    turn_up: '+',
    turn_down: '+',
    axis_vertical: '|',
    axis_horizontal: '-',
    origin: '+',
};

/// What each mark means, in one line: `● open-source  ◆ open-weights  × closed  ─ frontier`.
pub fn legend(glyphs: &Glyphs) -> String {
    crate::i18n::tf(
        crate::i18n::Msg::FrLegend,
        &[
            ("os", &glyphs.open_source),
            ("ow", &glyphs.open_weights),
            ("cl", &glyphs.closed),
            ("fr", &glyphs.horizontal),
        ],
    )
}

impl Glyphs {
    /// The mark of an entry of this openness.
    pub fn mark(&self, o: Openness) -> char {
        match o {
            Openness::OpenSource => self.open_source,
            Openness::OpenWeights => self.open_weights,
            Openness::Closed => self.closed,
        }
    }
}

/// A drawn chart: `height` rows of `width` cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Canvas {
    pub width: usize,
    pub height: usize,
    cells: Vec<Cell>,
}

impl Canvas {
    fn new(width: usize, height: usize) -> Self {
        let blank = Cell {
            ch: ' ',
            role: Role::Blank,
        };
        Canvas {
            width,
            height,
            cells: vec![blank; width * height],
        }
    }

    /// The cells of row `y`.
    pub fn row(&self, y: usize) -> &[Cell] {
        &self.cells[y * self.width..(y + 1) * self.width]
    }

    fn put(&mut self, x: usize, y: usize, ch: char, role: Role) {
        if x < self.width && y < self.height {
            self.cells[y * self.width + x] = Cell { ch, role };
        }
    }

    fn role(&self, x: usize, y: usize) -> Role {
        self.cells[y * self.width + x].role
    }

    fn text_at(&mut self, x: usize, y: usize, text: &str) {
        for (i, ch) in text.chars().enumerate() {
            self.put(x + i, y, ch, Role::Tick);
        }
    }

    /// The chart as plain text, one line per row, trailing blanks trimmed.
    pub fn text(&self) -> String {
        (0..self.height)
            .map(|y| {
                let line: String = self.row(y).iter().map(|c| c.ch).collect();
                line.trim_end().to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Maps values of one axis onto `cells` positions (0 at the low end).
struct Scale {
    lo: f64,
    hi: f64,
    log: bool,
    cells: usize,
}

impl Scale {
    fn new(values: impl Iterator<Item = f64>, log: bool, cells: usize) -> Self {
        let f = |v: f64| if log { v.ln() } else { v };
        let (mut lo, mut hi) =
            values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(f(v)), b.max(f(v))));
        if lo > hi {
            (lo, hi) = (0.0, 1.0);
        }
        if hi - lo < 1e-9 {
            (lo, hi) = (lo - 0.5, hi + 0.5);
        }
        Scale { lo, hi, log, cells }
    }

    fn at(&self, v: f64) -> usize {
        let f = if self.log { v.ln() } else { v };
        let t = ((f - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0);
        (t * (self.cells.saturating_sub(1)) as f64).round() as usize
    }

    fn min(&self) -> f64 {
        if self.log {
            self.lo.exp()
        } else {
            self.lo
        }
    }

    fn max(&self) -> f64 {
        if self.log {
            self.hi.exp()
        } else {
            self.hi
        }
    }

    /// Round values inside the range: 1-2-5 per decade on a log scale, a 1-2-5 step otherwise.
    fn ticks(&self, axis: Axis, wanted: usize) -> Vec<f64> {
        let (min, max) = (self.min(), self.max());
        if self.log {
            let mut all = Vec::new();
            for e in (min.log10().floor() as i32)..=(max.log10().ceil() as i32) {
                for m in [1.0, 2.0, 5.0] {
                    let v = m * 10f64.powi(e);
                    if v >= min * 0.999 && v <= max * 1.001 {
                        all.push(v);
                    }
                }
            }
            if all.len() > wanted {
                all.retain(|v| (v.log10() - v.log10().round()).abs() < 1e-9);
            }
            return all;
        }
        let raw = (max - min) / wanted.max(1) as f64;
        let mag = 10f64.powf(raw.log10().floor());
        let mut step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|k| k * mag)
            .find(|s| *s >= raw)
            .unwrap_or(raw);
        if axis == Axis::Released {
            step = step.max(1.0).round();
        }
        let mut v = (min / step).ceil() * step;
        let mut out = Vec::new();
        while v <= max + 1e-9 && out.len() < 50 {
            out.push(v);
            v += step;
        }
        out
    }
}

/// Draws `chart` on `width`x`height` cells; `selected` is a position in `chart.points`.
/// Too small an area (under 20x6) gives an empty canvas.
pub fn draw(
    chart: &Frontier,
    width: usize,
    height: usize,
    selected: Option<usize>,
    glyphs: &Glyphs,
) -> Canvas {
    let mut c = Canvas::new(width, height);
    if width < 20 || height < 6 {
        return c;
    }
    let rows = height - 2;
    let probe = Scale::new(chart.points.iter().map(|p| p.y), chart.y.log(), rows);
    let y_ticks = probe.ticks(chart.y, (rows / 3).max(2));
    let margin = y_ticks
        .iter()
        .map(|v| chart.y.tick(*v).chars().count())
        .max()
        .unwrap_or(1)
        + 1;
    let cols = width - margin;
    let xs = Scale::new(chart.points.iter().map(|p| p.x), chart.x.log(), cols);
    let ys = probe;
    let row_of = |v: f64| rows - 1 - ys.at(v);
    let col_of = |v: f64| margin + xs.at(v);
    // Axes.
    for y in 0..rows {
        c.put(margin - 1, y, glyphs.vertical, Role::Axis);
    }
    for x in margin..width {
        c.put(x, rows, glyphs.axis_horizontal, Role::Axis);
    }
    c.put(margin - 1, rows, glyphs.origin, Role::Axis);
    for v in &y_ticks {
        let label = chart.y.tick(*v);
        let y = row_of(*v);
        c.text_at(margin - 1 - label.chars().count(), y, &label);
        c.put(margin - 1, y, glyphs.axis_vertical, Role::Axis);
    }
    let mut free_from = 0;
    for v in xs.ticks(chart.x, (cols / 10).max(2)) {
        let label = chart.x.tick(v);
        let n = label.chars().count();
        let x = (col_of(v)).saturating_sub(n / 2).min(width - n);
        if x >= free_from {
            c.text_at(x, rows + 1, &label);
            free_from = x + n + 1;
        }
    }
    // The staircase through the frontier points, in x order.
    let steps: Vec<(usize, usize)> = chart
        .frontier()
        .map(|p| (col_of(p.x), row_of(p.y)))
        .collect();
    for pair in steps.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        for x in x0 + 1..x1 {
            c.put(x, y0, glyphs.horizontal, Role::Step);
        }
        let (top, bottom) = (y0.min(y1), y0.max(y1));
        for y in top + 1..bottom {
            c.put(x1, y, glyphs.vertical, Role::Step);
        }
        if y1 != y0 && x1 > x0 {
            let turn = if y1 < y0 {
                glyphs.turn_up
            } else {
                glyphs.turn_down
            };
            c.put(x1, y0, turn, Role::Step);
        }
    }
    // Points over the lines: off-frontier first, so frontier points and the selection win.
    let mut order: Vec<usize> = (0..chart.points.len()).collect();
    order.sort_by_key(|&i| (chart.points[i].on_frontier, Some(i) == selected));
    for i in order {
        let p = &chart.points[i];
        let (x, y) = (col_of(p.x), row_of(p.y));
        let o = p.openness;
        let role = if Some(i) == selected {
            Role::Selected(o)
        } else if p.on_frontier {
            Role::Frontier(o)
        } else {
            Role::Point(o)
        };
        if matches!(c.role(x, y), Role::Frontier(_)) && matches!(role, Role::Point(_)) {
            continue;
        }
        c.put(x, y, glyphs.mark(o), role);
    }
    c
}
