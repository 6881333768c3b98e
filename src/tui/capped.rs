//! A ceiling on the drawn area, so memory stays bounded whatever size the terminal reports.
//!
//! ratatui keeps two buffers of the whole terminal, about 40 bytes a cell each: a terminal that
//! reports 10000x10000 would cost gigabytes per frame, and 65535x65535 more than most machines
//! have. Nobody reads 1000 columns, so the browser draws at most [`MAX_DRAWN`] x [`MAX_DRAWN`]
//! cells in the top-left corner and leaves the rest of the screen blank (a resize clears it).

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use std::io;

/// The most columns, and the most rows, the browser draws.
pub const MAX_DRAWN: u16 = 1000;

/// `size` within the drawn area.
pub fn cap((w, h): (u16, u16)) -> (u16, u16) {
    (w.min(MAX_DRAWN), h.min(MAX_DRAWN))
}

/// A backend that reports at most [`MAX_DRAWN`] columns and rows and passes everything else on.
#[derive(Debug)]
pub struct Capped<B>(pub B);

impl<B> Capped<B> {
    /// The backend underneath.
    pub fn inner(&self) -> &B {
        &self.0
    }
}

impl<B: Backend> Backend for Capped<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.0.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        let size = self.0.size()?;
        let (width, height) = cap((size.width, size.height));
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        let mut ws = self.0.window_size()?;
        let (width, height) = cap((ws.columns_rows.width, ws.columns_rows.height));
        ws.columns_rows = Size { width, height };
        Ok(ws)
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

/// Escape sequences written around a frame (synchronized updates) go straight through.
impl<B: io::Write> io::Write for Capped<B> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    #[test]
    fn sizes_above_the_ceiling_are_capped_and_others_kept() {
        assert_eq!(cap((80, 24)), (80, 24));
        assert_eq!(cap((10_000, 10_000)), (MAX_DRAWN, MAX_DRAWN));
        assert_eq!(cap((65_535, 30)), (MAX_DRAWN, 30));
        let terminal = Terminal::new(Capped(TestBackend::new(1200, 40))).unwrap();
        assert_eq!(terminal.size().unwrap(), Size::new(MAX_DRAWN, 40));
        let small = Terminal::new(Capped(TestBackend::new(80, 24))).unwrap();
        assert_eq!(small.size().unwrap(), Size::new(80, 24));
    }
}
