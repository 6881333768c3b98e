//! What the browser starts with besides the dataset: `--weights`, the saved preferences (unless
//! `--no-config`) and where to save them on quit.

use crate::cli::args::GlobalOpts;
use crate::config::{self, LoadError, Prefs};
use crate::data::Dataset;
use crate::score::Weights;
use std::path::PathBuf;

/// The starting state to apply to the [`App`](super::app::App) once it exists.
pub(super) struct Start {
    pub prefs: Option<Prefs>,
    /// `--weights`, which wins over saved weights.
    pub weights: Option<Weights>,
    /// A message for the status line about the config file.
    pub warning: Option<String>,
}

/// Reads `--weights` and the config file. `None` after printing an error for a bad `--weights`;
/// otherwise the start state and the file to save preferences to on quit (none with
/// `--no-config`, and none when the file exists but is invalid: it is left for the user to fix).
pub(super) fn prepare(opts: &GlobalOpts, dataset: &Dataset) -> Option<(Start, Option<PathBuf>)> {
    let weights = match &opts.weights {
        Some(spec) => match crate::weights::parse(spec, dataset) {
            Ok(w) => Some(w),
            Err(e) => {
                eprintln!("modeldex: --weights: {e}");
                return None;
            }
        },
        None => None,
    };
    let path = if opts.no_config { None } else { config::path() };
    let (prefs, error) = match path.as_deref().map(config::load) {
        Some(Ok(prefs)) => (prefs, None),
        Some(Err(e)) => (None, Some(e)),
        None => (None, None),
    };
    let save_to = path.filter(|_| !matches!(error, Some(LoadError::Invalid(_))));
    let warning = error.map(|e| match e {
        LoadError::Invalid(m) => format!("Preferences ignored (file left as is): {m}"),
        LoadError::Unreadable(m) => format!("Preferences not loaded: {m}"),
    });
    Some((
        Start {
            prefs,
            weights,
            warning,
        },
        save_to,
    ))
}
