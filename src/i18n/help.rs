//! `--help` in Chinese: clap's texts of commands and arguments, keyed by the English help the
//! definitions carry, and the headings clap writes itself. A text not here stays English (a new
//! option reads in English until a line is added). The short help of each possible value stays
//! English: clap reads it from the value parser, which the typed arguments need as it is.

/// English help text, Chinese help text.
const HELP: &[(&str, &str)] = &[
    ("Colour: auto (only on a terminal, and never with NO_COLOR set), always, or never", "颜色：auto（仅在终端上，且未设置 NO_COLOR 时）、always 或 never"),
    ("Load this data file instead of the embedded dataset (`-` reads standard input; regular files and standard input only, up to 1 GiB)", "加载这个数据文件，而不是内置数据集（`-` 读取标准输入；只接受普通文件和标准输入，最大 1 GiB）"),
    ("Format of the --data file (detected from its content by default)", "--data 文件的格式（默认根据内容识别）"),
    ("With --data: keep the embedded entries and add the file's. A catalog's model that is a curated entry's model joins it as offers (ratings kept); a file entry replaces an embedded one only when their ids match exactly (stderr names the replaced entries)", "与 --data 一起用：保留内置条目并加入文件中的条目。目录中与精选条目同一模型的条目作为报价并入该条目（保留评分）；只有 id 完全相同时，文件条目才替换内置条目（stderr 会列出被替换的条目）"),
    ("With --data: keep one entry per catalog listing (provider × model) instead of one entry per model carrying each provider's listing as an offer", "与 --data 一起用：目录中每个上架条目（提供方 × 模型）各算一个条目，而不是每个模型一个条目、把各提供方的上架作为报价"),
    ("With --data: refuse the file (exit 2) for any problem, instead of dropping bad values and skipping unreadable entries with a one-line summary on stderr", "与 --data 一起用：文件有任何问题都拒绝加载（退出码 2），而不是丢弃错误的值、跳过无法读取的条目并在 stderr 上用一行汇总"),
    ("Weights of the overall score: a preset (balanced, privacy-first, cost-first, community-first, enterprise-support) and/or id=0..5 pairs, e.g. privacy=5,commercial=2 or cost-first,privacy.self_hosting=5. Used by `list --sort score`, `compare` and every \"overall\"", "总分的权重：一个预设（balanced 均衡、privacy-first 隐私优先、cost-first 成本优先、community-first 社区优先、enterprise-support 企业支持优先）和/或 id=0..5，例如 privacy=5,commercial=2 或 cost-first,privacy.self_hosting=5。用于 `list --sort score`, `compare` 和所有总分"),
    ("A saved Artificial Analysis model list (the response of GET /api/v2/data/llms/models, fetched with your own key): its figures replace the embedded ones of every entry it names, joined like catalog offers. The snapshot date comes from a file name ending in YYYY-MM-DD.json, else the file's date. stderr says how many entries were matched", "保存下来的 Artificial Analysis 模型列表（用你自己的密钥请求 GET /api/v2/data/llms/models 的响应）：它的数据替换所涉及条目的内置数据，匹配方式与目录报价相同。快照日期取自以 YYYY-MM-DD.json 结尾的文件名，否则取文件日期。stderr 会说明匹配了多少条目"),
    ("More on stderr: with --benchmarks, every listed model no entry matched", "在 stderr 上输出更多信息：与 --benchmarks 一起用时，列出没有匹配到条目的每个模型"),
    ("Interactive browser: draw borders, bars and symbols in plain ASCII (automatic for TERM=linux, vt100-class and dumb terminals)", "交互式浏览器：用纯 ASCII 绘制边框、条形和符号（TERM=linux, vt100 类和 dumb 终端自动启用）"),
    ("Interactive browser: leave the mouse to the terminal (text selection) instead of wheel scrolling and click-to-select", "交互式浏览器：把鼠标留给终端（选择文字），不用于滚轮滚动和点击选择"),
    ("Interactive browser: `y` does not copy to the clipboard with OSC 52 escape sequences", "交互式浏览器：`y` 不通过 OSC 52 转义序列复制到剪贴板"),
    ("Interactive browser: neither read nor write the preferences file ($XDG_CONFIG_HOME/modeldex/config.toml, else ~/.config/modeldex/config.toml)", "交互式浏览器：不读取也不写入偏好设置文件，即 $XDG_CONFIG_HOME/modeldex/config.toml（未设置时为 ~/.config/modeldex/config.toml）"),
    ("Language of the interface and the output: en or zh (简体中文). By default the `lang` preference, else the locale (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese). JSON and CSV keys stay English", "界面和输出的语言：en 或 zh（简体中文）。默认取偏好设置中的 `lang`，否则取区域设置（LC_ALL, LC_MESSAGES, LANG：zh_* 为中文）。JSON 和 CSV 的键始终是英文"),
    ("Only entries of this kind", "只列出这种类型的条目"),
    ("Sort order: name A-Z, released newest first, developer A-Z, score highest first, intelligence/coding index highest first, speed fastest first, blended price cheapest first", "排序：name 名称 A-Z，released 最新发布在前，developer 开发者 A-Z，score 评分最高在前，intelligence/coding 智能/编程指数最高在前，speed 速度最快在前，price 综合价格最低在前"),
    ("Only downloadable weights that fit in this many GB at 4 bits per parameter (an estimate of the weights alone, from the total parameter count; the KV cache is not included)", "只列出按每参数 4 位计算、能装入这么多 GB 的可下载权重（只估算权重本身，按总参数量计算；不含 KV 缓存）"),
    ("Only entries available now: retired ones (shut down by their developer) are left out; deprecated ones, still offered, stay", "只列出现在可用的条目：去掉已下线的（开发者已停止服务）；已弃用但仍在提供的保留"),
    ("At most this many entries (after filtering and sorting)", "最多列出这么多条目（在筛选和排序之后）"),
    ("By lifecycle: `available` leaves out retired entries (shut down by their developer; deprecated ones, still offered, stay), `current` deprecated ones too (a catalog model counts as deprecated when every provider's listing is), `any` keeps all", "按生命周期筛选：`available` 去掉已下线的条目（开发者已停止服务；已弃用但仍在提供的保留），`current` 连已弃用的也去掉（目录中的模型，所有提供方的上架都已弃用时算作已弃用），`any` 全部保留"),
    ("Only entries free to use somewhere (an offer or price of $0 in and out)", "只列出在某处可免费使用的条目（某个报价或价格的输入和输出都是 $0）"),
    ("Only entries of these kinds: model, framework, platform, all (repeat or separate with commas; `--kind` works too)", "只列出这些类型的条目：model, framework, platform, all（可重复给出或用逗号分隔；也可写 `--kind`）"),
    ("Same as --openness open-source (with other openness flags: any of them passes)", "同 --openness open-source（与其他开放程度条件一起给出时，满足其一即可）"),
    ("Same as --openness open-weights (with other openness flags: any of them passes)", "同 --openness open-weights（与其他开放程度条件一起给出时，满足其一即可）"),
    ("Same as --openness closed (with other openness flags: any of them passes)", "同 --openness closed（与其他开放程度条件一起给出时，满足其一即可）"),
    ("Only entries of this developer (case ignored)", "只列出这个开发者的条目（不区分大小写）"),
    ("Only entries released in these years: FROM,TO (inclusive) or one YEAR", "只列出在这些年份发布的条目：FROM,TO（含两端）或一个年份"),
    ("Only entries that handle this modality, e.g. image or audio", "只列出能处理这种模态的条目，例如 image 或 audio"),
    ("Only entries whose developer is domiciled in this country (case ignored), e.g. China", "只列出开发者注册地在这个国家的条目（不区分大小写），例如 China"),
    ("Only entries with one of these opennesses: open-source, open-weights, closed (repeat or separate with commas)", "只列出开放程度为其中之一的条目：open-source, open-weights, closed（可重复给出或用逗号分隔）"),
    ("Only entries you can run on your own hardware (downloadable weights, installable software)", "只列出能在自己的硬件上运行的条目（可下载的权重、可安装的软件）"),
    ("Only licenses that allow commercial use: `allowed` (the default when no value is given: with restrictions or without) or `unrestricted` (without restrictions)", "只列出许可证允许商用的条目，可写 `allowed`（不给值时的默认值，有无限制均可）或 `unrestricted`（没有限制）"),
    ("Only models some provider lists as reasoning (catalog data: --data FILE)", "只列出有提供方标为推理模型的模型（目录数据：--data FILE）"),
    ("Only models some provider lists as taking files (attachments) as input", "只列出有提供方标为可接受文件（附件）输入的模型"),
    ("Only models some provider lists with a settable temperature", "只列出有提供方标为可设置 temperature 的模型"),
    ("Only models some provider lists with structured (JSON schema) output", "只列出有提供方标为支持结构化（JSON schema）输出的模型"),
    ("Only models some provider lists with tool calling", "只列出有提供方标为支持工具调用的模型"),
    ("Same as --in-service available", "同 --in-service available"),
    ("Same as --in-service current", "同 --in-service current"),
    ("Sort order, as the preferences file's `sort` names it: name (A-Z), released (newest first), developer (A-Z), score, price (blended, cheapest first), context, max_output (largest first), intelligence, coding, speed (best first), criterion:<id> (highest first, e.g. criterion:privacy.self_hosting), figure:<id>, natural. Unknown values last", "排序，写法与偏好文件中的 `sort` 相同：name（名称 A-Z）、released（最新在前）、developer（开发者 A-Z）、score, price（综合价格，最便宜在前）、context, max_output（最大在前）、intelligence, coding, speed（最好在前）、criterion:<id>（最高在前，例如 criterion:privacy.self_hosting）、figure:<id>, natural。未知值排在最后"),
    ("The sort the other way round (unknown values stay last; ties stay A-Z)", "反向排序（未知值仍在最后；并列的仍按 A-Z）"),
    ("Output format", "输出格式"),
    ("An id (exact) or a search query (best match)", "一个 id（精确匹配）或搜索词（取最佳匹配）"),
    ("Two or more ids or search queries", "两个或更多 id 或搜索词"),
    ("The search text", "搜索文字"),
    ("At most this many results (1 or more)", "最多这么多条结果（至少 1）"),
    ("The data file to check (`-` reads standard input)", "要检查的数据文件（`-` 读取标准输入）"),
    ("The shell to generate completions for", "要生成补全脚本的 shell"),
    ("The horizontal axis", "横轴"),
    ("The vertical axis", "纵轴"),
    ("Capability against blended price (or other axes) as a chart, and the Pareto frontier", "以图表显示能力对比综合价格（或其他坐标轴），并列出帕累托前沿"),
    ("Print this message or the help of the given subcommand(s)", "显示本帮助或指定子命令的帮助"),
    ("Print help", "显示帮助"),
    ("Print help (see more with '--help')", "显示帮助（用 '--help' 查看更多）"),
    ("Print help (see a summary with '-h')", "显示帮助（用 '-h' 查看摘要）"),
    ("Print version", "显示版本"),
];

/// The Chinese of an English help text, if the table has it, with a space after each clause's
/// mark (，；。): clap wraps help only at ASCII spaces, and a long Chinese text without them would
/// run past the terminal's edge.
fn chinese(english: &str) -> Option<String> {
    let zh = HELP
        .iter()
        .find(|(en, _)| *en == english)
        .map(|(_, zh)| *zh)?;
    Some(spaced(zh))
}

/// `zh` with a space after each clause's mark (，；。) that clap may wrap at.
pub fn spaced(zh: &str) -> String {
    let mut out = String::with_capacity(zh.len() + 16);
    let mut chars = zh.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if matches!(c, '，' | '；' | '。') && chars.peek().is_some_and(|n| *n != ' ') {
            out.push(' ');
        }
    }
    out
}

/// `cmd` and its subcommands with every help text the table knows in Chinese, and clap's own
/// headings (`Usage:`, `Options:`, `Commands:`) in Chinese.
pub fn localize(cmd: clap::Command) -> clap::Command {
    // clap adds --help, --version and the help subcommand when it builds: build first, so they
    // are there to translate.
    let mut cmd = cmd;
    cmd.build();
    localize_built(cmd)
}

fn localize_built(cmd: clap::Command) -> clap::Command {
    let about = cmd.get_about().map(|a| a.to_string());
    let mut cmd = cmd
        .help_template("{before-help}{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("命令")
        .mut_args(|arg| {
            let help = arg.get_help().map(|h| h.to_string());
            let long = arg.get_long_help().map(|h| h.to_string());
            let heading = if arg.is_positional() {
                "参数"
            } else {
                "选项"
            };
            let mut arg = arg.help_heading(heading);
            if let Some(zh) = help.as_deref().and_then(chinese) {
                arg = arg.help(zh);
            }
            if let Some(zh) = long.as_deref().and_then(chinese) {
                arg = arg.long_help(zh);
            }
            arg
        });
    if let Some(zh) = about.as_deref().and_then(chinese) {
        cmd = cmd.about(zh);
    }
    cmd.mut_subcommands(localize_built)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_get_a_space_to_wrap_at() {
        assert_eq!(chinese("The horizontal axis").as_deref(), Some("横轴"));
        let sort = chinese("Only entries available now: retired ones (shut down by their developer) are left out; deprecated ones, still offered, stay").unwrap();
        assert!(sort.contains("服务）； 已弃用"), "{sort}");
        assert_eq!(chinese("not in the table"), None);
    }

    #[test]
    fn every_line_is_chinese_once() {
        let mut seen = std::collections::HashSet::new();
        for (en, zh) in HELP {
            assert!(seen.insert(en), "{en:?} twice");
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{en:?}"
            );
        }
    }
}
