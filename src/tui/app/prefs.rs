//! Preferences in and out of the [`App`]: what the config file restores and what quitting saves.

use super::App;
use crate::config::{Prefs, ThemeName};
use crate::i18n::{tf, Msg};
use crate::tui::theme::Theme;

impl App {
    /// The same app with saved weights, filter, sort, marks and theme restored.
    #[must_use]
    pub fn with_prefs(mut self, prefs: Prefs) -> Self {
        self.apply_prefs(prefs);
        self
    }

    /// Restores saved weights, filter, sort and marks. Marks of ids the dataset does not hold
    /// are not shown but kept, to be saved again.
    pub(super) fn apply_prefs(&mut self, prefs: Prefs) {
        self.weights = prefs.weights;
        self.filter = prefs.filter;
        self.sort = prefs.sort;
        self.direction = prefs.direction;
        let position: std::collections::HashMap<&str, usize> = self
            .catalog
            .models()
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.as_str(), i))
            .collect();
        let mut marks = Vec::new();
        let mut unseen = Vec::new();
        for id in prefs.marks {
            match position.get(id.as_str()) {
                Some(&i) if !marks.contains(&i) => marks.push(i),
                Some(_) => {}
                None if !unseen.contains(&id) => unseen.push(id),
                None => {}
            }
        }
        self.marks = marks;
        self.unseen_marks = unseen;
        self.theme_pref = prefs.theme;
        self.lang_pref = prefs.lang;
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
        self.status = Some(tf(Msg::ThemeSaved, &[("name", &name.as_str())]));
        true
    }

    /// What to save: the weights, filter, sort and marks in force, and the saved marks this data
    /// does not hold (first, in their saved order).
    pub fn prefs(&self) -> Prefs {
        let models = self.catalog.models();
        Prefs {
            weights: self.weights.clone(),
            filter: self.filter.clone(),
            sort: self.sort.clone(),
            direction: self.direction,
            marks: (self.unseen_marks.iter().cloned())
                .chain(self.marks.iter().map(|&i| models[i].id.clone()))
                .collect(),
            theme: self.theme_pref,
            lang: self.lang_pref,
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
