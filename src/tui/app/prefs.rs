//! Preferences in and out of the [`App`]: what the config file restores and what quitting saves.

use super::App;
use crate::config::{Prefs, ThemeName};
use crate::tui::theme::Theme;

impl App {
    /// The same app with saved weights, filter, sort, marks and theme restored.
    #[must_use]
    pub fn with_prefs(mut self, prefs: Prefs) -> Self {
        self.apply_prefs(prefs);
        self
    }

    /// Restores saved weights, filter, sort and marks. Marks of ids the dataset no longer holds
    /// are dropped.
    pub(super) fn apply_prefs(&mut self, prefs: Prefs) {
        self.weights = prefs.weights;
        self.filter = prefs.filter;
        self.sort = prefs.sort;
        let models = self.catalog.models();
        let mut marks = Vec::new();
        for id in &prefs.marks {
            if let Some(i) = models.iter().position(|m| &m.id == id) {
                if !marks.contains(&i) {
                    marks.push(i);
                }
            }
        }
        self.marks = marks;
        self.theme_pref = prefs.theme;
        if let (Some(name), false) = (prefs.theme, self.options.theme_forced) {
            self.theme = themed(name, self.theme.ascii);
        }
        self.relist();
        self.select(0);
    }

    /// `t`: switches between the colour and the monochrome theme and remembers the choice.
    pub(super) fn toggle_theme(&mut self) -> bool {
        let name = if self.theme.colored {
            ThemeName::Monochrome
        } else {
            ThemeName::Color
        };
        self.theme = themed(name, self.theme.ascii);
        self.theme_pref = Some(name);
        self.status = Some(format!("Theme: {} (saved when you quit)", name.as_str()));
        true
    }

    /// What to save: the weights, filter, sort and marks in force.
    pub fn prefs(&self) -> Prefs {
        Prefs {
            weights: self.weights.clone(),
            filter: self.filter.clone(),
            sort: self.sort.clone(),
            marks: self
                .marks
                .iter()
                .map(|&i| self.catalog.models()[i].id.clone())
                .collect(),
            theme: self.theme_pref,
        }
    }
}

/// The theme called `name`, keeping ASCII glyphs when they are in force.
fn themed(name: ThemeName, ascii: bool) -> Theme {
    match name {
        ThemeName::Color => Theme::color(),
        ThemeName::Monochrome => Theme::monochrome(),
    }
    .with_ascii(ascii)
}
