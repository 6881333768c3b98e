//! One start-up for both front ends: the dataset, `--weights`, colour and (for the browser) the
//! saved preferences, built here so `modeldex list` and the browser agree on every message.
//!
//! Nothing here draws or parses arguments: `main` hands in plain [`Options`], and the CLI and the
//! TUI each take what they need from the result.

mod notice;

mod benchmarks;
use crate::args::ColorChoice;
use crate::config::{self, DatasetKey, Prefs, Store};
use crate::data::load::LoadOptions;
use crate::data::Dataset;
use crate::i18n::{tf, Lang, Msg};
use crate::score::Weights;
use std::ffi::OsStr;
use std::path::Path;

/// What the command line asked for, as plain values.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Which data to load.
    pub load: LoadOptions,
    /// The `--weights` spec, if given.
    pub weights: Option<String>,
    /// `--color`.
    pub color: ColorChoice,
    /// `--no-config`: neither read nor write the preferences file.
    pub no_config: bool,
    /// `--lang`, if given.
    pub lang: Option<Lang>,
    /// `--ascii`: charts drawn in plain ASCII.
    pub ascii: bool,
    /// `--benchmarks FILE`: a newer Artificial Analysis model list.
    pub benchmarks: Option<std::path::PathBuf>,
    /// `--verbose`: with `--benchmarks`, list the models no entry matched.
    pub verbose: bool,
}

/// Why start-up failed: one message, printed as `modeldex: <message>` by either front end.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct StartError(pub String);

/// Whether to colour, and whether that was forced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    /// Draw in colour.
    pub enabled: bool,
    /// `--color always|never` or `NO_COLOR` decided: a theme saved in the preferences must not
    /// override it.
    pub forced: bool,
}

/// The saved preferences and where to save them.
#[derive(Debug, Clone, Default)]
pub struct Preferences {
    /// What the file holds, if it exists and reads.
    pub prefs: Option<Prefs>,
    /// Where to save on quit: none with `--no-config`, and none when the file exists but could
    /// not be read or understood (it is the user's, left as it is).
    pub store: Option<Store>,
    /// A message for the status line about the file.
    pub warning: Option<String>,
}

/// What the interactive browser starts from.
pub struct Browser {
    pub dataset: Dataset,
    /// What loading the data file dropped or replaced: one line each, for the status line and
    /// the list of dropped values.
    pub load: LoadNotes,
    /// `--weights`, which wins over saved weights.
    pub weights: Option<Weights>,
    pub colour: Colour,
    pub preferences: Preferences,
}

/// What loading a data file cost, told once: the summary lines and every problem behind them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadNotes {
    /// The short form for a status line: how many values were dropped and entries skipped.
    pub summary: Option<String>,
    /// One line each: the values dropped and entries skipped; the entries a merge replaced.
    pub lines: Vec<String>,
    /// Every dropped value and skipped entry, one line each (`FILE: /path: message`).
    pub problems: Vec<String>,
}

/// The interface language: `--lang`, else the saved preference, else the locale variables.
pub fn language(flag: Option<Lang>, saved: Option<Lang>) -> Lang {
    flag.or(saved).unwrap_or_else(Lang::from_env)
}

/// Loads the dataset `options` names, with a notice on a terminal while a large file loads; the
/// message says which file and what is wrong.
pub fn dataset(options: &LoadOptions) -> Result<Dataset, StartError> {
    data(options).map(|(dataset, _)| dataset)
}

/// Like [`dataset`], with what loading dropped or replaced.
pub fn data(options: &LoadOptions) -> Result<(Dataset, LoadNotes), StartError> {
    let shown = notice::Notice::show(options.path.as_deref());
    let loaded = crate::data::load::load_reporting(options);
    drop(shown);
    let mut loaded = loaded.map_err(|e| StartError(tf(Msg::CannotLoad, &[("why", &e)])))?;
    crate::i18n::criteria::localize(&mut loaded.dataset.criteria, crate::i18n::current());
    let mut notes = LoadNotes::default();
    if let Some(path) = &options.path {
        let file = crate::data::load::shown_path(path);
        let report = &loaded.report;
        notes.lines = [
            report.notice(&file),
            report.replaced_notice(&file),
            report.attached_notice(&file),
        ]
        .into_iter()
        .flatten()
        .collect();
        notes.summary = report.brief();
        notes.problems = report
            .problems
            .iter()
            .map(|p| p.display_in(&file))
            .collect();
    }
    Ok((loaded.dataset, notes))
}

/// Like [`data`], with `--benchmarks` applied: its report joins the load notes.
pub fn data_for(options: &Options) -> Result<(Dataset, LoadNotes), StartError> {
    let (mut dataset, mut notes) = data(&options.load)?;
    if let Some(path) = &options.benchmarks {
        let lines = benchmarks::apply(&mut dataset, path, options.verbose)?;
        notes.lines.extend(lines);
    }
    Ok((dataset, notes))
}

/// The weights a `--weights` spec names, read against `dataset`'s pillars and criteria.
pub fn weights(spec: Option<&str>, dataset: &Dataset) -> Result<Option<Weights>, StartError> {
    spec.map(|spec| {
        crate::weights::parse(spec, dataset).map_err(|e| {
            StartError(tf(
                Msg::BadWeights,
                &[("spec", &format!("{spec:?}")), ("why", &e)],
            ))
        })
    })
    .transpose()
}

/// Whether to colour: `always` and `never` decide; `auto` colours only a terminal and only when
/// `NO_COLOR` is unset or empty (<https://no-color.org>).
pub fn colour(choice: ColorChoice, is_terminal: bool, no_color: Option<&OsStr>) -> Colour {
    let no_color = matches!(no_color, Some(v) if !v.is_empty());
    let enabled = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && !no_color,
    };
    Colour {
        enabled,
        forced: no_color || choice != ColorChoice::Auto,
    }
}

/// The colour decision for the real environment (`NO_COLOR` read here).
pub fn colour_from_env(choice: ColorChoice, is_terminal: bool) -> Colour {
    colour(choice, is_terminal, std::env::var_os("NO_COLOR").as_deref())
}

/// Reads the preferences file (unless `no_config`), with the marks of the data `data` names
/// (`None`: the embedded dataset).
pub fn preferences(no_config: bool, data: Option<&Path>) -> Preferences {
    let path = if no_config { None } else { config::path() };
    let Some(path) = path else {
        return Preferences::default();
    };
    match config::open(&path, DatasetKey::for_data(data)) {
        Ok(loaded) => Preferences {
            prefs: loaded.prefs,
            store: Some(loaded.store),
            warning: (!loaded.unknown_keys.is_empty()).then(|| {
                tf(
                    Msg::PrefsUnknownKeys,
                    &[("keys", &loaded.unknown_keys.join(", "))],
                )
            }),
        },
        Err(e) => Preferences {
            prefs: None,
            store: None,
            warning: Some(tf(Msg::PrefsNotLoaded, &[("why", &e)])),
        },
    }
}

/// The language a command prints in: `--lang`, else the preferences file's `lang` (read quietly:
/// a file that cannot be used is the browser's to report), else the locale.
pub fn command_language(options: &Options) -> Lang {
    let saved = preferences(options.no_config, options.load.path.as_deref())
        .prefs
        .and_then(|p| p.lang);
    language(options.lang, saved)
}

/// Everything the browser starts from. The browser always draws on a terminal, so `auto` colour
/// means colour unless `NO_COLOR` says otherwise.
pub fn browser(options: &Options) -> Result<Browser, StartError> {
    let preferences = preferences(options.no_config, options.load.path.as_deref());
    let saved = preferences.prefs.as_ref().and_then(|p| p.lang);
    crate::i18n::set(language(options.lang, saved));
    let (dataset, load) = data_for(options)?;
    let weights = weights(options.weights.as_deref(), &dataset)?;
    Ok(Browser {
        load,
        weights,
        colour: colour_from_env(options.color, true),
        preferences,
        dataset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_flag_terminal_and_no_color() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        let on = |choice, terminal, no_color| colour(choice, terminal, no_color).enabled;
        assert!(on(ColorChoice::Auto, true, None));
        assert!(on(ColorChoice::Auto, true, empty));
        assert!(!on(ColorChoice::Auto, true, set));
        assert!(!on(ColorChoice::Auto, false, None));
        assert!(!on(ColorChoice::Never, true, None));
        assert!(on(ColorChoice::Always, false, set));
    }

    #[test]
    fn only_auto_without_no_color_leaves_the_theme_to_the_preferences() {
        assert!(!colour(ColorChoice::Auto, true, None).forced);
        assert!(colour(ColorChoice::Auto, true, Some(OsStr::new("1"))).forced);
        assert!(colour(ColorChoice::Never, true, None).forced);
        assert!(colour(ColorChoice::Always, true, None).forced);
    }

    #[test]
    fn the_flag_beats_the_preference_which_beats_the_locale() {
        assert_eq!(language(Some(Lang::En), Some(Lang::Zh)), Lang::En);
        assert_eq!(language(None, Some(Lang::Zh)), Lang::Zh);
        assert_eq!(language(Some(Lang::Zh), None), Lang::Zh);
    }

    #[test]
    fn a_bad_weights_spec_reads_the_same_for_every_front_end() {
        let dataset = crate::data::Dataset::embedded().expect("embedded dataset");
        let err = weights(Some("privacy=9"), &dataset).unwrap_err();
        assert!(
            err.0.starts_with("invalid --weights \"privacy=9\": "),
            "{err}"
        );
        assert_eq!(weights(None, &dataset), Ok(None));
    }
}
