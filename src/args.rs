//! Command-line grammar (clap derive), shared by both front ends. Parsing only: `main` turns the
//! parsed flags into plain options for the start-up, the commands and the browser.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// `--version` text: the program version and the embedded dataset's version and date.
pub const VERSION_LINE: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (dataset ",
    env!("MODELDEX_DATASET"),
    ")"
);

const AFTER_HELP: &str = "\
Examples:
  modeldex                          open the interactive browser
  modeldex list --openness open-weights --sort released
  modeldex show llama-3-1-405b
  modeldex compare gpt-4o claude llama-3-1-405b --format markdown
  modeldex search \"lama 3\" --limit 5
  modeldex criteria --format json
  modeldex --data my-models.json --merge list
  modeldex --data api.json --merge show claude-opus-4-6   curated entry with every provider's offer
  modeldex --data api.json --flat list                    one row per provider listing

Exit status: 0 success, 1 no entry matches a query, 2 usage, data or output error
(a closed pipe is not an error: the output stops quietly).
Colour: only on a terminal, never with NO_COLOR set (unless --color always).
Preferences (browser): $XDG_CONFIG_HOME/modeldex/config.toml, edited in place on quit (comments,
unknown keys, a symlink and the mode kept); a file modeldex cannot read is never written over.";

const LIST_HELP: &str = "\
Examples:
  modeldex list
  modeldex list --kind model --openness open-weights,open-source --sort released
  modeldex list --country China --commercial-use unrestricted --sort price -n 5
  modeldex list --years 2024,2025 --self-hostable --sort criterion:privacy.self_hosting
  modeldex list --fits 24 --sort intelligence    # weights that fit a 24 GB GPU at 4 bits
  modeldex --data api.json list --reasoning --tool-calling --not-deprecated --sort price
  modeldex --data api.json list --free --sort context --reverse
  modeldex list --format json | jq -r '.[] | select(.scores.overall >= 4) | .id'

Filters and sorts have the names and values of the preferences file (config.toml): [filter]
openness, kinds, developer, country, years, commercial_use, self_hostable, modality, fits_gb,
reasoning, tool_calling, file_input, structured_output, temperature, free, in_service, and
the top-level sort and reverse; a key's _ is a flag's -. The README has them in one table.

Sorting: name A-Z, released newest first, developer A-Z, score highest first, intelligence and
coding index highest first, speed fastest first, price (blended 3 input : 1 output) cheapest
first, context and max output largest first; unknown values (not benchmarked, unpriced) last,
also with --reverse.";

const FRONTIER_HELP: &str = "\
Examples:
  modeldex frontier                               # Intelligence Index against blended price
  modeldex frontier --openness open-weights --format markdown
  modeldex frontier --x params --y intelligence --fits 80
  modeldex frontier --x released --y score --weights privacy-first --format json
  modeldex frontier --available --country China --commercial-use unrestricted

A point is on the frontier when no other point is at least as good on both axes and better on one:
with the default axes, nothing cheaper is more capable. Entries without both values are left out
and counted; capability figures of different snapshots are never plotted together. Points are
marked by openness (● open-source, ◆ open-weights, × closed; o, w, x with --ascii).

The filters are those of `modeldex list`, with the same names and values (the [filter] keys of
config.toml); the frontier plots models only unless --kinds says otherwise.";

const SHOW_HELP: &str = "\
Examples:
  modeldex show bloom
  modeldex show \"llama 405\"            the best match of a query
  modeldex show gpt-4 --format markdown >> notes.md
  modeldex show bloom --format json | jq '.ratings'

A query is matched against ids, then names and aliases, then fuzzily; equal matches go to the
newest entry, then by name, and stderr names the others that matched about as well. If nothing
matches, names a few edits away are suggested (a swap of two letters is one edit) and the exit
status is 1.";

const COMPARE_HELP: &str = "\
Examples:
  modeldex compare gpt-4 llama-3-1-405b
  modeldex compare bert t5 bloom --format markdown
  modeldex compare gpt-4o claude --format json | jq '.rows[] | select(.key == \"overall\")'
  modeldex compare gpt-4 bloom --format csv

Each row is a fact or a criterion; the best value of a row is highlighted (bold in Markdown,
marked * without colour). Pillar rows are the mean of their criteria; the total weighs pillars
equally.";

const SEARCH_HELP: &str = "\
Examples:
  modeldex search llama
  modeldex search \"open ai\" --limit 3
  modeldex search apache --format json | jq -r '.[].id'
  modeldex search qwen --open-weights --fits 24     # only what the filters keep is searched
  modeldex search claude --available --commercial-use --limit 3

Names, aliases, ids, families, developers, countries and licenses are searched, and the Chinese
names, also by pinyin in full, in part or by initials (tongyi, qianwen, tyqw → 通义千问);
results are ranked by relevance (the MATCH column, higher is better; equal matches newest first,
then by name) and matches far below the best one are left out. Exit status 1 when nothing
matches.

The filters are those of `modeldex list`, with the same names and values (the [filter] keys of
config.toml). They apply before the ranking: the results are the best matches among the entries
they keep, and the limit counts only those.";

const CRITERIA_HELP: &str = "\
Examples:
  modeldex criteria
  modeldex criteria --format markdown > CRITERIA.md
  modeldex criteria --format json | jq -r '.[].sub_criteria[].id'";

const VALIDATE_HELP: &str = "\
Examples:
  modeldex validate my-models.json
  modeldex validate assets/models.json && echo valid

Prints every problem, one a line, with its location (FILE:LINE:COL for JSON syntax, FILE: /json/path
for the rest). Exit status: 0 when the file is valid, 2 when it is not.

validate is strict. Loading a file with --data is not: a bad value is dropped, an unreadable or
duplicate entry skipped, and one line on stderr counts them (--strict refuses the file instead).";

const COMPLETIONS_HELP: &str = "\
Examples:
  modeldex completions bash > ~/.local/share/bash-completion/completions/modeldex
  modeldex completions zsh > \"${fpath[1]}/_modeldex\"
  modeldex completions fish > ~/.config/fish/completions/modeldex.fish";

/// The clap command with its descriptions in `lang`: `--help` reads in Chinese where clap lets
/// it (the descriptions; clap's own words such as "Usage" and the option texts stay English).
pub fn command_in(lang: crate::i18n::Lang) -> clap::Command {
    use crate::i18n::Msg;
    use clap::CommandFactory;
    let cmd = Cli::command();
    if lang == crate::i18n::Lang::En {
        return cmd;
    }
    let about = crate::i18n::help::spaced(Msg::AboutMain.text(lang));
    let subcommands = [
        ("list", Msg::AboutList),
        ("show", Msg::AboutShow),
        ("compare", Msg::AboutCompare),
        ("search", Msg::AboutSearch),
        ("criteria", Msg::AboutCriteria),
        ("validate", Msg::AboutValidate),
        ("completions", Msg::AboutCompletions),
    ];
    let cmd =
        subcommands
            .into_iter()
            .fold(cmd.about(&about).long_about(&about), |cmd, (name, msg)| {
                cmd.mut_subcommand(name, |s| s.about(crate::i18n::help::spaced(msg.text(lang))))
            });
    crate::i18n::help::localize(cmd)
}

/// The language `--lang` names in raw arguments (`--lang zh`, `--lang=zh`), read before clap
/// parses them so that `--help` can already be in it; `None` when absent or not a language.
pub fn lang_in_args(args: &[std::ffi::OsString]) -> Option<crate::i18n::Lang> {
    let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let value =
        words
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, w)| match w.strip_prefix("--lang") {
                Some("") => words.get(i + 1).copied(),
                Some(rest) => rest.strip_prefix('='),
                None => None,
            })?;
    crate::i18n::Lang::parse(value)
}

/// Choose AI models in the terminal: browse, search and compare a curated, sourced dataset of open
/// and closed models rated on privacy, commercial use, community and responsibility.
#[derive(Debug, Parser)]
#[command(name = "modeldex", version = VERSION_LINE, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options that apply to the interactive browser and to every command.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalOpts {
    /// Colour: auto (only on a terminal, and never with NO_COLOR set), always, or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Load this data file instead of the embedded dataset (`-` reads standard input; regular
    /// files and standard input only, up to 1 GiB).
    #[arg(long, global = true, value_name = "PATH")]
    pub data: Option<PathBuf>,
    /// Format of the --data file (detected from its content by default).
    #[arg(long, global = true, value_enum, requires = "data")]
    pub data_format: Option<DataFormat>,
    /// With --data: keep the embedded entries and add the file's. A catalog's model that is a
    /// curated entry's model joins it as offers (ratings kept); a file entry replaces an embedded
    /// one only when their ids match exactly (stderr names the replaced entries).
    #[arg(long, global = true, requires = "data")]
    pub merge: bool,
    /// With --data: keep one entry per catalog listing (provider × model) instead of one entry per
    /// model carrying each provider's listing as an offer.
    #[arg(long, global = true, requires = "data")]
    pub flat: bool,
    /// With --data: refuse the file (exit 2) for any problem, instead of dropping bad values and
    /// skipping unreadable entries with a one-line summary on stderr.
    #[arg(long, global = true, requires = "data")]
    pub strict: bool,
    /// Weights of the overall score: a preset (balanced, privacy-first, cost-first,
    /// community-first, enterprise-support) and/or id=0..5 pairs, e.g. privacy=5,commercial=2 or
    /// cost-first,privacy.self_hosting=5. Used by `list --sort score`, `compare` and every "overall".
    #[arg(long, global = true, value_name = "SPEC")]
    pub weights: Option<String>,
    /// A saved Artificial Analysis model list (the response of GET /api/v2/data/llms/models,
    /// fetched with your own key): its figures replace the embedded ones of every entry it names,
    /// joined like catalog offers. The snapshot date comes from a file name ending in
    /// YYYY-MM-DD.json, else the file's date. stderr says how many entries were matched.
    #[arg(long, global = true, value_name = "FILE")]
    pub benchmarks: Option<PathBuf>,
    /// More on stderr: with --benchmarks, every listed model no entry matched.
    #[arg(long, global = true)]
    pub verbose: bool,
    /// Interactive browser: draw borders, bars and symbols in plain ASCII (automatic for TERM=linux,
    /// vt100-class and dumb terminals).
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Interactive browser: leave the mouse to the terminal (text selection) instead of wheel
    /// scrolling and click-to-select.
    #[arg(long, global = true)]
    pub no_mouse: bool,
    /// Interactive browser: `y` does not copy to the clipboard with OSC 52 escape sequences.
    #[arg(long, global = true)]
    pub no_osc52: bool,
    /// Interactive browser: neither read nor write the preferences file
    /// ($XDG_CONFIG_HOME/modeldex/config.toml, else ~/.config/modeldex/config.toml).
    #[arg(long, global = true)]
    pub no_config: bool,
    /// Language of the interface and the output: en or zh (简体中文). By default the `lang`
    /// preference, else the locale (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese). JSON and CSV keys
    /// stay English.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangChoice>,
}

/// Languages accepted by --lang.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    /// English.
    En,
    /// Simplified Chinese (简体中文).
    Zh,
}

impl LangChoice {
    /// The core's language for this choice.
    pub fn lang(self) -> crate::i18n::Lang {
        match self {
            LangChoice::En => crate::i18n::Lang::En,
            LangChoice::Zh => crate::i18n::Lang::Zh,
        }
    }
}

/// Formats accepted by --data-format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    /// modeldex's own schema (assets/models.schema.json).
    Native,
    /// The models.dev api.json catalog.
    ModelsDev,
    /// OpenRouter's /api/v1/models response.
    Openrouter,
}

impl GlobalOpts {
    /// The core's load options for these flags.
    pub fn load_options(&self) -> crate::data::load::LoadOptions {
        use crate::data::load::SourceFormat;
        crate::data::load::LoadOptions {
            path: self.data.clone(),
            format: self.data_format.map(|f| match f {
                DataFormat::Native => SourceFormat::Native,
                DataFormat::ModelsDev => SourceFormat::ModelsDev,
                DataFormat::Openrouter => SourceFormat::OpenRouter,
            }),
            merge: self.merge,
            strict: self.strict,
            flat: self.flat,
        }
    }
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Output formats of the non-interactive commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// Aligned columns fitted to the terminal width.
    #[default]
    Table,
    /// Pretty-printed JSON with a stable shape.
    Json,
    /// GitHub-flavoured Markdown tables (`md` for short).
    #[value(alias = "md")]
    Markdown,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// The subcommands; none opens the interactive browser.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List entries, optionally filtered and sorted.
    #[command(after_help = LIST_HELP)]
    List(ListArgs),
    /// Show one entry with all its facts and ratings.
    #[command(after_help = SHOW_HELP)]
    Show(ShowArgs),
    /// Compare entries side by side: facts, every criterion, pillar means and the total.
    #[command(after_help = COMPARE_HELP)]
    Compare(CompareArgs),
    /// Fuzzy-search names, aliases, developers, families and licenses.
    #[command(after_help = SEARCH_HELP)]
    Search(SearchArgs),
    /// Capability against blended price (or other axes) as a chart, and the Pareto frontier.
    #[command(after_help = FRONTIER_HELP)]
    Frontier(FrontierArgs),
    /// Show the criteria with their descriptions and rubrics.
    #[command(after_help = CRITERIA_HELP)]
    Criteria(FormatArg),
    /// Check a data file and list every problem.
    #[command(after_help = VALIDATE_HELP)]
    Validate(ValidateArgs),
    /// Print a shell completion script.
    #[command(after_help = COMPLETIONS_HELP)]
    Completions(CompletionsArgs),
}

#[derive(Debug, Args, Clone, Copy, Default)]
pub struct FormatArg {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Sort order, as the preferences file's `sort` names it: name (A-Z), released (newest
    /// first), developer (A-Z), score, price (blended, cheapest first), context, max_output
    /// (largest first), intelligence, coding, speed (best first), criterion:<id> (highest first,
    /// e.g. criterion:privacy.self_hosting), figure:<id>, natural. Unknown values last.
    #[arg(long, value_name = "KEY", default_value = "name", value_parser = parse_sort,
          help_heading = ORDER)]
    pub sort: crate::order::SortKey,
    /// The sort the other way round (unknown values stay last; ties stay A-Z).
    #[arg(long, help_heading = ORDER)]
    pub reverse: bool,
    /// At most this many entries (after filtering and sorting).
    #[arg(long, short = 'n', value_name = "N", value_parser = clap::value_parser!(u32).range(1..),
          help_heading = ORDER)]
    pub limit: Option<u32>,
    #[command(flatten, next_help_heading = ORDER)]
    pub format: FormatArg,
}

/// The `--help` heading of `list`'s order and output options.
const ORDER: &str = "Order and output";

/// The filters of `list`, `search` and `frontier`: the same names and values as the `[filter]`
/// table of the preferences file (a key's `_` is a flag's `-`).
#[derive(Debug, Args, Default)]
#[command(next_help_heading = "Filters (the [filter] keys of config.toml)")]
pub struct FilterArgs {
    /// Only entries of these kinds: model, framework, platform, all (repeat or separate with
    /// commas; `--kind` works too).
    #[arg(
        long = "kinds",
        alias = "kind",
        value_name = "KIND",
        value_enum,
        value_delimiter = ','
    )]
    pub kinds: Vec<KindFilter>,
    /// Only entries with one of these opennesses: open-source, open-weights, closed (repeat or
    /// separate with commas).
    #[arg(long, value_name = "OPENNESS", value_enum, value_delimiter = ',')]
    pub openness: Vec<OpennessFilter>,
    /// Same as --openness open-source (with other openness flags: any of them passes).
    #[arg(long)]
    pub open_source: bool,
    /// Same as --openness open-weights (with other openness flags: any of them passes).
    #[arg(long)]
    pub open_weights: bool,
    /// Same as --openness closed (with other openness flags: any of them passes).
    #[arg(long)]
    pub closed: bool,
    /// Only entries of this developer (case ignored).
    #[arg(long, value_name = "NAME")]
    pub developer: Option<String>,
    /// Only entries whose developer is domiciled in this country (case ignored), e.g. China.
    #[arg(long, value_name = "NAME")]
    pub country: Option<String>,
    /// Only entries released in these years: FROM,TO (inclusive) or one YEAR.
    #[arg(long, value_name = "FROM,TO", value_parser = parse_years)]
    pub years: Option<(u16, u16)>,
    /// Only licenses that allow commercial use: `allowed` (the default when no value is given:
    /// with restrictions or without) or `unrestricted` (without restrictions).
    #[arg(long, value_name = "WHICH", num_args = 0..=1, default_missing_value = "allowed",
          value_parser = parse_commercial)]
    pub commercial_use: Option<crate::filter::Commercial>,
    /// Only entries you can run on your own hardware (downloadable weights, installable software).
    #[arg(long)]
    pub self_hostable: bool,
    /// Only entries that handle this modality, e.g. image or audio.
    #[arg(long, value_name = "MODALITY")]
    pub modality: Option<String>,
    /// Only downloadable weights that fit in this many GB at 4 bits per parameter (an estimate
    /// of the weights alone, from the total parameter count; the KV cache is not included).
    #[arg(long, alias = "fits-gb", value_name = "GB")]
    pub fits: Option<u32>,
    /// Only models some provider lists as reasoning (catalog data: --data FILE).
    #[arg(long)]
    pub reasoning: bool,
    /// Only models some provider lists with tool calling.
    #[arg(long)]
    pub tool_calling: bool,
    /// Only models some provider lists as taking files (attachments) as input.
    #[arg(long)]
    pub file_input: bool,
    /// Only models some provider lists with structured (JSON schema) output.
    #[arg(long)]
    pub structured_output: bool,
    /// Only models some provider lists with a settable temperature.
    #[arg(long)]
    pub temperature: bool,
    /// Only entries free to use somewhere (an offer or price of $0 in and out).
    #[arg(long)]
    pub free: bool,
    /// By lifecycle: `available` leaves out retired entries (shut down by their developer;
    /// deprecated ones, still offered, stay), `current` deprecated ones too (a catalog model
    /// counts as deprecated when every provider's listing is), `any` keeps all.
    #[arg(long, value_name = "WHICH", value_parser = parse_in_service)]
    pub in_service: Option<crate::filter::InService>,
    /// Same as --in-service available.
    #[arg(long, conflicts_with = "in_service")]
    pub available: bool,
    /// Same as --in-service current.
    #[arg(long, conflicts_with_all = ["in_service", "available"])]
    pub not_deprecated: bool,
}

impl FilterArgs {
    /// The core filter these flags describe.
    pub fn filter(&self) -> crate::filter::Filter {
        use crate::data::{Feature, Kind};
        let kinds = if self.kinds.contains(&KindFilter::All) {
            Vec::new()
        } else {
            let mut kinds: Vec<Kind> = self
                .kinds
                .iter()
                .filter_map(|k| match k {
                    KindFilter::Model => Some(Kind::Model),
                    KindFilter::Framework => Some(Kind::Framework),
                    KindFilter::Platform => Some(Kind::Platform),
                    KindFilter::All => None,
                })
                .collect();
            kinds.dedup();
            kinds
        };
        let shorthands = [
            (OpennessFilter::OpenSource, self.open_source),
            (OpennessFilter::OpenWeights, self.open_weights),
            (OpennessFilter::Closed, self.closed),
        ];
        let mut openness: Vec<crate::data::Openness> = Vec::new();
        for o in self
            .openness
            .iter()
            .copied()
            .chain(shorthands.into_iter().filter_map(|(o, on)| on.then_some(o)))
        {
            if !openness.contains(&o.openness()) {
                openness.push(o.openness());
            }
        }
        let features = [
            (Feature::Reasoning, self.reasoning),
            (Feature::ToolCall, self.tool_calling),
            (Feature::FileInput, self.file_input),
            (Feature::Temperature, self.temperature),
            (Feature::StructuredOutput, self.structured_output),
        ]
        .into_iter()
        .filter_map(|(f, on)| on.then_some(f))
        .collect();
        crate::filter::Filter {
            openness,
            kinds,
            developer: self.developer.clone(),
            country: self.country.clone(),
            years: self.years,
            commercial_use: self.commercial_use.unwrap_or_default(),
            self_hostable: self.self_hostable,
            modality: self.modality.clone(),
            fits_gb: self.fits,
            features,
            free: self.free,
            in_service: match (self.in_service, self.available, self.not_deprecated) {
                (Some(which), _, _) => which,
                (None, _, true) => crate::filter::InService::Current,
                (None, true, false) => crate::filter::InService::Available,
                (None, false, false) => crate::filter::InService::Any,
            },
        }
    }
}

/// `--years`: `FROM,TO`, `FROM-TO`, `FROM..TO` or one year; the order of the two does not matter.
pub fn parse_years(text: &str) -> Result<(u16, u16), String> {
    let year = |s: &str| {
        s.trim().parse::<u16>().map_err(|_| {
            format!(
                "{:?} is not a year (FROM,TO or YEAR, e.g. 2023,2025)",
                s.trim()
            )
        })
    };
    let parts: Vec<&str> = text
        .split([',', '-'])
        .flat_map(|p| p.split(".."))
        .filter(|p| !p.trim().is_empty())
        .collect();
    match parts.as_slice() {
        [one] => year(one).map(|y| (y, y)),
        [a, b] => {
            let (a, b) = (year(a)?, year(b)?);
            Ok((a.min(b), a.max(b)))
        }
        _ => Err("expected FROM,TO or YEAR, e.g. 2023,2025".into()),
    }
}

fn parse_commercial(text: &str) -> Result<crate::filter::Commercial, String> {
    crate::filter::Commercial::parse(text)
        .ok_or_else(|| format!("{text:?}: expected allowed, unrestricted or any"))
}

fn parse_in_service(text: &str) -> Result<crate::filter::InService, String> {
    crate::filter::InService::parse(text.trim())
        .ok_or_else(|| format!("{text:?}: expected available, current or any"))
}

fn parse_sort(text: &str) -> Result<crate::order::SortKey, String> {
    crate::order::SortKey::parse(text)
}

#[derive(Debug, Args)]
pub struct FrontierArgs {
    /// The horizontal axis.
    #[arg(long, value_enum, default_value_t = AxisArg::Price)]
    pub x: AxisArg,
    /// The vertical axis.
    #[arg(long, value_enum, default_value_t = AxisArg::Intelligence)]
    pub y: AxisArg,
    #[command(flatten)]
    pub format: FormatArg,
    // The entries plotted: models (unless --kinds says otherwise) that pass `list`'s filters.
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// What an axis of `frontier` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AxisArg {
    /// Blended API price, 3 input : 1 output tokens (log scale; lower is better).
    Price,
    /// Artificial Analysis Intelligence Index (higher is better).
    Intelligence,
    /// Weighted overall score under --weights (higher is better).
    Score,
    /// Release date (newer is better).
    Released,
    /// Total parameters (log scale; fewer is better).
    Params,
}

impl AxisArg {
    /// The core's axis.
    pub fn axis(self) -> crate::frontier::Axis {
        use crate::frontier::Axis;
        match self {
            AxisArg::Price => Axis::Price,
            AxisArg::Intelligence => Axis::Capability,
            AxisArg::Score => Axis::Score,
            AxisArg::Released => Axis::Released,
            AxisArg::Params => Axis::Parameters,
        }
    }
}

impl OpennessFilter {
    /// The openness this filter keeps.
    pub fn openness(self) -> crate::data::Openness {
        use crate::data::Openness;
        match self {
            OpennessFilter::OpenSource => Openness::OpenSource,
            OpennessFilter::OpenWeights => Openness::OpenWeights,
            OpennessFilter::Closed => Openness::Closed,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindFilter {
    Model,
    Framework,
    Platform,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OpennessFilter {
    OpenSource,
    OpenWeights,
    Closed,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An id (exact) or a search query (best match).
    pub query: String,
    #[command(flatten)]
    pub format: FormatArg,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more ids or search queries.
    #[arg(required = true, num_args = 2..)]
    pub queries: Vec<String>,
    #[command(flatten)]
    pub format: FormatArg,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The search text.
    pub query: String,
    /// At most this many results (1 or more).
    #[arg(long, short = 'n', default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,
    #[command(flatten)]
    pub format: FormatArg,
    // Only the entries `list`'s filters keep are searched, and ranked against each other.
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The data file to check (`-` reads standard input).
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn lang_is_found_in_raw_arguments_in_both_spellings() {
        let args = |words: &[&str]| words.iter().map(Into::into).collect::<Vec<_>>();
        assert_eq!(
            lang_in_args(&args(&["m", "--lang", "zh", "list"])),
            Some(Lang::Zh)
        );
        assert_eq!(
            lang_in_args(&args(&["m", "list", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(
            lang_in_args(&args(&["m", "--lang=zh", "--lang", "en"])),
            Some(Lang::En)
        );
        assert_eq!(lang_in_args(&args(&["m", "--lang"])), None);
        assert_eq!(lang_in_args(&args(&["m", "--lang", "fr"])), None);
        assert_eq!(lang_in_args(&args(&["m", "list"])), None);
    }
}
