//! Preferences in and out of the [`App`]: what the config file restores and what quitting saves.

use super::App;
use crate::config::Prefs;

impl App {
    /// Restores saved weights, filter, sort and marks. Marks of ids the dataset no longer holds
    /// are dropped.
    pub fn apply_prefs(&mut self, prefs: Prefs) {
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
        self.relist();
        self.select(0);
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
        }
    }
}
