//! The message catalog: every interface text in English and Chinese, one line per text. Adding a
//! text is one line here; the macro makes a text without both languages fail to compile, and the
//! tests check that both are filled in and carry the same `{placeholders}`.

use super::Lang;

macro_rules! catalog {
    ($($key:ident: $en:literal, $zh:literal;)*) => {
        /// A text of the interface, by what it says.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every text, in catalog order.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// This text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Lang::En) => $en, (Msg::$key, Lang::Zh) => $zh,)*
                }
            }
        }
    };
}

catalog! {
    // Table and Markdown headers of `list`, `search`, `show`, `compare`, `criteria`.
    ColName: "NAME", "名称";
    ColId: "ID", "ID";
    ColReleased: "RELEASED", "发布";
    ColDeveloper: "DEVELOPER", "开发者";
    ColKind: "KIND", "类型";
    ColOpenness: "OPENNESS", "开放程度";
    ColLicense: "LICENSE", "许可证";
    ColIntel: "INTEL", "智能";
    ColScore: "SCORE", "评分";
    ColMatch: "MATCH", "匹配";
    ColCriterion: "CRITERION", "评估标准";
    ColDescriptionRubric: "DESCRIPTION AND RUBRIC", "说明与评分标准";
    ColRating: "RATING", "评分项";
    ColRationale: "RATIONALE AND SOURCES", "理由与来源";
    ColNote: "NOTE", "备注";
    HeadCapability: "CAPABILITY", "能力";
    HeadSources: "SOURCES", "来源";
    MdId: "ID", "ID";
    MdName: "Name", "名称";
    MdKind: "Kind", "类型";
    MdDeveloper: "Developer", "开发者";
    MdReleased: "Released", "发布日期";
    MdOpenness: "Openness", "开放程度";
    MdLicense: "License", "许可证";
    MdCommercialUse: "Commercial use", "商业使用";
    MdIntelligence: "Intelligence", "智能指数";
    MdBlendedPrice: "Blended $/Mtok", "综合价格 $/百万token";
    MdOverall: "Overall", "总分";
    MdMatch: "Match", "匹配度";
    MdDescription: "Description", "说明";
    MdRubric: "Rubric", "评分标准";
    MdCriterion: "Criterion", "评估标准";
    MdScore: "Score", "评分";
    MdRationale: "Rationale", "理由";
    MdSources: "Sources", "来源";
    MdFact: "Fact", "项目";
    MdValue: "Value", "值";
    MdFigure: "Figure", "指标";
    // Facts of an entry (`show`, the detail pane).
    FactKind: "Kind", "类型";
    FactDeveloper: "Developer", "开发者";
    FactCountry: "Country", "国家/地区";
    FactFamily: "Family", "系列";
    FactAliases: "Aliases", "别名";
    FactReleased: "Released", "发布日期";
    FactParameters: "Parameters", "参数量";
    FactContext: "Context", "上下文";
    FactModalities: "Modalities", "模态";
    FactOpenness: "Openness", "开放程度";
    FactLicense: "License", "许可证";
    FactCommercialUse: "Commercial use", "商业使用";
    FactLicenseNotes: "License notes", "许可证说明";
    FactLicenseText: "License text", "许可证全文";
    FactArtefacts: "Artefacts", "已发布成果";
    FactAccess: "Access", "获取方式";
    FactPrice: "Price", "价格";
    FactChineseName: "Chinese name", "中文名";
    FactFactsFrom: "Facts from", "资料来源";
    FactOffersFrom: "Offers from", "报价来源";
    HeadOffers: "OFFERS", "报价";
    ColOffers: "OFFERS", "报价";
    ColPrice: "PRICE", "价格";
    ColContext: "CONTEXT", "上下文";
    ColMaxOutput: "MAX OUT", "最大输出";
    ColProvider: "PROVIDER", "提供方";
    ColProviderId: "PROVIDER'S ID", "提供方模型 ID";
    ColTerms: "PRICE /MTOK, LIMITS", "价格 /百万token、限制";
    ColFile: "FILE", "文件";
    MdOffers: "Offers", "报价";
    OverallScore: "Overall score", "总分";
    MdCapability: "Capability", "能力";
    MdRatings: "Ratings", "评分";
    NotRated: "not rated", "未评分";
    // The browser: help, titles, hints, status.
    SecBrowse: "Browse", "浏览";
    SecDetail: "Full-width detail (narrow terminals)", "全宽详情（窄终端）";
    SecSearch: "Search", "搜索";
    SecCompare: "Compare", "比较";
    SecHelp: "Help", "帮助";
    SecFilters: "Filter panel", "筛选面板";
    SecWeights: "Weights editor", "权重编辑器";
    SecOverview: "Open vs closed overview", "开源与闭源概览";
    SecExport: "Export prompt", "导出提示";
    SecChoose: "Choosing a filter value", "选择筛选值";
    ChooseDeveloper: " Developer · type to choose ", " 开发者 · 输入以选择 ";
    ChooseCountry: " Country · type to choose ", " 国家 · 输入以选择 ";
    ChooseCount: " {n} of {total} ", " {n} 个，共 {total} 个 ";
    ChooseNone: "No value contains “{query}”.", "没有包含“{query}”的值。";
    SecFrontier: "Frontier chart", "前沿图";
    SecGlobal: "Anywhere", "任意位置";
    HelpTitle: " Keys · Esc closes ", " 按键 · Esc 关闭 ";
    HelpMore: " ↑↓ {from}–{to} of {n} ", " ↑↓ 第 {from}–{to} 行，共 {n} 行 ";
    DataFileDropped: "What loading the data file and preferences dropped", "加载数据文件和偏好设置时丢弃的内容";
    UnmarkedAll: "Unmarked {n} · u marks them again", "已取消 {n} 个标记 · u 恢复";
    Remarked: "Marked {n} again", "已恢复 {n} 个标记";
    NothingToUndo: "Nothing to undo: x unmarks everything, u marks it again", "没有可撤销的操作：x 取消所有标记，u 恢复";
    NoticeKeys: " · Esc dismisses · ? shows it in full", " · Esc 关闭 · ? 查看全文";
    OverviewTitle: " Open vs closed · {n} models · Esc back ", " 开源与闭源 · {n} 个模型 · Esc 返回 ";
    OverviewSub: "  mean scores by openness, models only", "  按开放程度统计的平均分（仅模型）";
    Searching: "  searching {total} entries…", "  正在搜索 {total} 个条目…";
    RankingOf: "  {n} of {total}, ranking…", "  {n} / {total}，排序中…";
    CountOf: "  {n} of {total}", "  {n} / {total}";
    EscClears: " · Esc clears the filter", " · Esc 清除筛选";
    ToSearch: "  {entries} · / to search", "  {entries} · 按 / 搜索";
    MarkedForCompare: "  {entries} marked for comparison", "  已标记 {entries}用于比较";
    OneEntry: "1 entry", "1 个条目";
    Entries: "{n} entries", "{n} 个条目";
    StatusWeights: " weights: {label} ", " 权重：{label} ";
    StatusData: "· data {version} · {date} ", "· 数据 {version} · {date} ";
    ListModels: " Models {total} ", " 模型 {total} ";
    ListModelsOf: " Models {n} of {total} ", " 模型 {n} / {total} ";
    ListMatches: " Matches {n} of {total} ", " 匹配 {n} / {total} ";
    ListCloseSpellings: " Close spellings {n} ", " 拼写相近 {n} ";
    NoMatchCloseSpellings: "  no match for {query} — showing close spellings", "  没有匹配 {query} 的条目——显示拼写相近的条目";
    ListBy: "· by {sort} ", "· 按{sort}排序 ";
    ListMarked: "· {mark} {n} marked ", "· {mark} 已标记 {n} ";
    ListNoneFiltered: "No entry passes the filter. f opens the filter panel, x there clears it.", "没有条目通过筛选。按 f 打开筛选面板，在面板中按 x 清除。";
    ListNoEntries: "No entries in this dataset.", "此数据集中没有条目。";
    ListNothingMatches: "Nothing matches “{query}”. Backspace edits, Esc clears.", "没有匹配“{query}”的条目。Backspace 修改，Esc 清除。";
    TooSmall: "Terminal too small", "终端窗口太小";
    TooSmallNeed: "{w}x{h}, need {min_w}x{min_h}", "{w}x{h}，至少需要 {min_w}x{min_h}";
    QQuits: "q quits", "按 q 退出";
    // The detail pane.
    Derived: " (derived)", "（推导）";
    KeyFacts: "Key facts", "关键信息";
    DetailArtifacts: "Artifacts", "已发布成果";
    FactStatus: "Status", "状态";
    FactCapabilities: "Capabilities", "能力";
    FactMemory: "Memory", "显存";
    DetailId: "Id", "Id";
    AlsoKnownAs: "Also known as", "别名";
    FamilyOf: " · {family} family", " · {family} 系列";
    Tokens: "{n} tokens", "{n} token";
    LicenseFlags: "OSI-approved: {osi} · commercial use: {use}", "OSI 认可：{osi} · 商业使用：{use}";
    PerMillion: "{price} per million tokens", "每百万 token：{price}";
    AsOf: " (as of {date})", "（截至 {date}）";
    CapSource: "Source", "来源";
    CapNote: "Note", "说明";
    CapReadAt: "{source} ({reported}, as of {date}{variant})", "{source}（{reported}，截至 {date}{variant}）";
    CapVariant: ", variant {variant}", "，版本 {variant}";
    MemoryNote: "estimate of the weights alone (every parameter, all experts of a MoE); KV cache not included", "仅为权重的估算（全部参数，MoE 含所有专家）；不含 KV 缓存";
    StatusNote: "Status note", "状态说明";
    StatusSource: "Status source", "状态来源";
    MemoryNoteLabel: "Memory note", "显存说明";
    OsiApproved: ", OSI-approved", "，OSI 认证";
    OffersHeading: "Offers", "报价";
    OffersCount: "{n} offers from {providers} providers, cheapest first", "{providers} 家供应商的 {n} 个报价，从低到高";
    PriceNotRecorded: "no list price recorded: {why}", "未记录标价：{why}";
    NothingSelected: "Nothing selected.", "未选择任何条目。";
    FilterTitle: " Filter · Space toggles · x clears ", " 筛选 · 空格切换 · x 清除 ";
    FilterListed: " {n} of {total} listed ", " 列出 {n} / {total} ";
    // `--help` (clap): what modeldex and each command are.
    AboutMain: "Choose AI models in the terminal: browse, search and compare a curated, sourced dataset of open and closed models rated on privacy, commercial use, community and responsibility.", "在终端里挑选 AI 模型：浏览、搜索和比较一个精选且注明来源的开源与闭源模型数据集，按数据隐私、商业应用、社区协作和责任伦理评分。";
    AboutList: "List entries, optionally filtered and sorted.", "列出条目，可筛选和排序。";
    AboutShow: "Show one entry with all its facts and ratings.", "显示一个条目的全部信息和评分。";
    AboutCompare: "Compare entries side by side: facts, every criterion, pillar means and the total.", "并排比较条目：基本信息、每项标准、各维度平均分和总分。";
    AboutSearch: "Fuzzy-search names, aliases, developers, families and licenses.", "模糊搜索名称、别名、开发者、系列和许可证（支持中文名和拼音）。";
    AboutCriteria: "Show the criteria with their descriptions and rubrics.", "显示评估标准及其说明和评分细则。";
    AboutValidate: "Check a data file and list every problem.", "检查数据文件并列出所有问题。";
    AboutCompletions: "Print a shell completion script.", "输出 shell 补全脚本。";
    // The comparison (browser and CLI) and the overview.
    CmpWeights: "Weights", "权重文件";
    CmpPrice: "Price /Mtok (blended 3:1)", "价格 /百万token（3:1）";
    CmpCheapest: "Cheapest offer /Mtok", "最低报价 /百万token";
    CmpProviders: "Providers", "服务商";
    CmpMaxOutput: "Max output", "最大输出";
    CmpCacheRead: "Cached input /Mtok", "缓存输入 /百万token";
    CmpListingStatus: "Deprecated listings", "已弃用的上架";
    FeatReasoning: "Reasoning", "推理";
    FeatToolCall: "Tool calling", "工具调用";
    FeatFileInput: "File input", "文件输入";
    FeatTemperature: "Temperature", "温度参数";
    FeatStructuredOutput: "Structured output", "结构化输出";
    FeatYes: "yes", "是";
    FeatNo: "no", "否";
    FeatSome: "at {n} of {total} providers", "{total} 家中的 {n} 家";
    CmpCapabilityAa: "Capability (Artificial Analysis)", "能力（Artificial Analysis）";
    OvHead: " mean · n rated", " 平均分 · 评分数";
    OvLeads: " Where each group leads most", " 各组领先最多的标准";
    OvLeadsNone: "leads on no criterion", "没有领先的标准";
    // Panels and status messages of the browser.
    WeightsTitle: " Weights · ←→ change · p preset ", " 权重 · ←→ 调整 · p 预设 ";
    PresetIs: " preset: {name}", " 预设：{name}";
    PresetNone: " preset: none (custom weights)", " 预设：无（自定义权重）";
    ExportExists: " File exists · Enter overwrites · Esc cancels ", " 文件已存在 · Enter 覆盖 · Esc 取消 ";
    ExportTo: " Export as Markdown to · Enter writes · Esc cancels ", " 导出为 Markdown 到 · Enter 写入 · Esc 取消 ";
    FilterCommercial: "commercial use allowed", "允许商用";
    FilterUnrestricted: "commercial use allowed, unrestricted only", "允许商用（仅限无限制）";
    FilterFeature: "{feature} (a provider lists it)", "{feature}（有供应商标明）";
    FilterFree: "free to use (a $0 offer)", "免费（有 0 元报价）";
    SortReversed: "Sort: {sort}, reversed (S again for the usual order)", "排序：{sort}，反向（再按 S 恢复）";
    SortUsual: "Sort: {sort}, usual order", "排序：{sort}，正常顺序";
    SortReversedLabel: "{sort}, reversed", "{sort}，反向";
    FilterSelfHost: "self-hostable", "可自托管";
    FilterYears: "released {from}–{to}", "发布于 {from}–{to}";
    FilterAnyYear: "released: any year", "发布年份：不限";
    FilterDeveloper: "developer: {d}", "开发者：{d}";
    FilterAnyDeveloper: "developer: any", "开发者：不限";
    FilterCountry: "country: {c}", "国家：{c}";
    FilterAnyCountry: "country: any", "国家：不限";
    FilterModality: "modality: {m}", "模态：{m}";
    FilterAnyModality: "modality: any", "模态：不限";
    FilterFits: "weights fit in {gb} GB (4-bit)", "权重可装入 {gb} GB（4 位）";
    FilterAnyMemory: "fits in memory: any", "显存：不限";
    FilterAnyLifecycle: "lifecycle: any", "生命周期：不限";
    FilterAvailable: "available now (not retired)", "现可使用（未退役）";
    FilterCurrent: "not deprecated or retired", "未弃用、未退役";
    SortDuringSearch: "Sort: {sort} (applies once the search is cleared; a search ranks by relevance)", "排序：{sort}（清除搜索后生效；搜索时按相关度排列）";
    ExportCancelled: "Export cancelled", "已取消导出";
    ExportNoName: "Type a file name first", "请先输入文件名";
    ExportWrote: "Wrote the comparison to {path}", "已把比较结果写入 {path}";
    ExportConfirm: "{path} exists: press Enter again to overwrite, or edit the name", "{path} 已存在：再按 Enter 覆盖，或修改文件名";
    ExportFailed: "Could not write {path}: {kind}", "无法写入 {path}：{kind}";
    ThemeSaved: "Theme: {name} (saved when you quit)", "主题：{name}（退出时保存）";
    NothingMarked: "Nothing marked: press Space on two or more entries, then c to compare.", "没有标记：在两个或更多条目上按空格，再按 c 比较。";
    OneMarked: "Only one entry marked: mark at least one more with Space.", "只标记了一个条目：再用空格至少标记一个。";
    CopiedWhat: "Copied {what} to the clipboard (OSC 52)", "已把{what}复制到剪贴板（OSC 52）";
    ClipboardOff: "Clipboard is off (--no-osc52); not copied: {what}", "剪贴板已关闭（--no-osc52）；未复制：{what}";
    ComparisonMd: "the comparison as Markdown", "比较结果（Markdown）";
    // Scroll indicators and the remaining pane titles.
    CompareTitle: " Compare {n} ", " 比较 {n} ";
    CompareTitleOf: " Compare: models {from}–{to} of {n} {arrows} ", " 比较：第 {from}–{to} 个，共 {n} 个 {arrows} ";
    RowsOf: " rows {from}–{to} of {n} ", " 第 {from}–{to} 行，共 {n} 行 ";
    LinesOf: " {from}–{to} of {n} ", " {from}–{to} / {n} ";
    DetailTitle: " Detail ", " 详情 ";
    FrTitle: "Frontier", "前沿";
    FrNothing: "Nothing to plot: no listed entry has both values. x / y change the axes, f the filter.", "没有可绘制的点：列出的条目都不同时具备两个值。x / y 切换坐标轴，f 打开筛选。";
    FrListed: "Frontier", "前沿";
    FrPlotted: " {n} plotted", " 已绘制 {n}";
    FrChartTitle: " {title} · {y} {up} vs {x} {right} ", " {title} · {y} {up} 对比 {x} {right} ";
    FrLegend: "{os} open-source  {ow} open-weights  {cl} closed  {fr} frontier", "{os} 开源  {ow} 开放权重  {cl} 闭源  {fr} 前沿";
    FrontierOf: "  frontier of the {entries} listed", "  列出的 {entries}中的前沿";
    FrOn: "on the frontier", "在前沿上";
    FrOff: "off the frontier", "不在前沿上";
    FrLeftOut: " · {n} without values", " · 缺少数值 {n}";
    FrOtherSnapshot: " · {n} of another snapshot", " · 来自另一份快照 {n}";
    // `modeldex frontier`: the sentences around the chart.
    FrSummary: "{y} against {x}: {n} plotted, {on} on the frontier", "{y}对比{x}：已绘制 {n} 个，{on} 个在前沿上";
    FrSummaryMissing: ", {n} without both values left out", "，{n} 个缺少其中一项数值而未绘制";
    FrSummaryOther: ", {n} benchmarked in another snapshot left out", "，{n} 个的基准数据来自另一份快照而未绘制";
    FrSummarySnapshot: " (Artificial Analysis, {date})", "（Artificial Analysis，{date}）";
    FrSummaryEnd: ".", "。";
    FrMeaning: "On the frontier: nothing {x} is {y}.", "在前沿上：没有哪个{x}的条目比它{y}。";
    FrSameAxes: "--x and --y are both {axis}: choose two different axes", "--x 和 --y 都是 {axis}：请选择两个不同的坐标轴";
    PillarMeanOf: "{pillar} (mean)", "{pillar}（平均）";
    PillarWeightedMeanOf: "{pillar} (weighted mean)", "{pillar}（加权平均）";
    PillarMean: "  Pillar mean", "  维度平均";
    PillarWeightedMean: "  Weighted mean", "  加权平均";
    CriteriaRated: "Criteria rated", "已评标准";
    ScoreCoverage: "{score} · {rated} rated", "{score} · 已评 {rated}";
    WeightedTotal: "Weighted total", "加权总分";
    MemoryRow: "Memory 16/8/4-bit (est.)", "显存 16/8/4 位（估算）";
    // The legend under a comparison (CLI table and Markdown, the browser's copy and export).
    Legend: "Scores run from 1 (worst) to 5 (best). A pillar's score is {mean} of its rated criteria; {total}. \"Criteria rated\" says how many of the criteria the total rests on; the sort by score ranks a total from few ratings closer to 3.", "评分从 1（最差）到 5（最好）。维度得分是其已评分标准的{mean}；{total}。“已评标准”表示总分基于多少项标准；按评分排序时，评分项少的总分会被拉向 3。";
    LegendMean: "the mean", "平均值";
    LegendWeightedMean: "the weighted mean (by criterion weights)", "加权平均值（按标准权重）";
    LegendBalanced: "the weighted total gives every pillar the same weight", "加权总分中每个维度的权重相同";
    LegendWeights: "the weighted total uses weights {weights}", "加权总分使用的权重为 {weights}";
    LegendBold: "**Bold** marks the best value in a row.", "**粗体**标出每行的最佳值。";
    LegendGreen: "Bold green marks the best value in a row.", "绿色粗体标出每行的最佳值。";
    LegendStar: "* marks the best value in a row.", "* 标出每行的最佳值。";
    LegendMemory: "Memory: {note}.", "显存：{note}。";
    MoreCriteria: " (+{n} criteria)", "（另有 {n} 项标准）";
    // Start-up, loading and preferences (stderr and the browser's status line).
    CannotLoad: "cannot load data: {why}", "无法加载数据：{why}";
    BadWeights: "invalid --weights {spec}: {why}", "--weights {spec} 无效：{why}";
    PresetFirst: "preset {preset} must come first", "预设 {preset} 必须写在最前面";
    NotPairNorPreset: "{part} is neither id=weight nor a preset ({presets})", "{part} 既不是 id=权重，也不是预设（{presets}）";
    WeightRange: "weight of {id} must be a whole number from 0 to {max}, not {value}", "{id} 的权重必须是 0 到 {max} 的整数，而不是 {value}";
    UnknownCriterion: "unknown criterion {id}; pillars are {pillars} (or a criterion id such as privacy.self_hosting)", "未知的评估标准 {id}；维度有 {pillars}（也可用评估标准 id，如 privacy.self_hosting）";
    PrefsUnknownKeys: "Preferences: settings modeldex does not know, kept as they are: {keys}", "偏好设置：modeldex 不认识的设置已原样保留：{keys}";
    PrefsNotLoaded: "Preferences not loaded (file left as is): {why}", "未加载偏好设置（文件保持原样）：{why}";
    PrefsNotSaved: "preferences not saved: {why}", "偏好设置未保存：{why}";
    PrefsCannotRead: "cannot read {path}: {why}", "无法读取 {path}：{why}";
    PrefsInvalid: "{path} is not valid: {why}", "{path} 无效：{why}";
    Loading: "modeldex: loading {path} ({mib} MiB)…", "modeldex：正在加载 {path}（{mib} MiB）…";
    CannotWrite: "cannot write output: {why}", "无法写入输出：{why}";
    ShownOnce: "{query} is {name} ({id}) again; shown once", "{query} 又是 {name}（{id}）；只显示一次";
    Ambiguous: "{query} → {chosen}; also: {also} (use an id to choose)", "{query} → {chosen}；另有：{also}（用 id 指定）";
    ValidOk: "{file}: OK: {entries} ({format})", "{file}：没有问题：{entries}（{format}）";
    LoadedSummary: "loaded {n} {noun}", "已加载 {n} 个{noun}";
    ValuesDropped: "{n} values dropped", "丢弃 {n} 个值";
    OneValueDropped: "1 value dropped", "丢弃 1 个值";
    EntriesSkipped: "{n} entries skipped", "跳过 {n} 个条目";
    OneEntrySkipped: "1 entry skipped", "跳过 1 个条目";
    LoadNotice: "{file}: {summary} — `modeldex validate {file}` lists them", "{file}：{summary}——`modeldex validate {file}` 会逐条列出";
    Replaced: "{file} replaced {n} embedded {entries}: {ids}{more}", "{file} 替换了 {n} 个内置{entries}：{ids}{more}";
    ReplacedMore: " and {n} more", " 等（另有 {n} 个）";
    Attached: "{file}: {n} {noun} are {models} models; {attached} of them joined curated entries as offers", "{file}：{n} 个{noun}对应 {models} 个模型；其中 {attached} 个作为报价并入精选条目";
    NeedsTerminal: "the interactive browser needs a terminal; for plain output use `modeldex list`", "交互式浏览器需要终端；纯文本输出请用 `modeldex list`";
    // Messages.
    NoMatch: "no entry matches {query}", "没有条目匹配 {query}";
    DidYouMean: "; did you mean {names}?", "；你是不是要找 {names}？";
    NoMatchFiltered: "no entry matches {query} with these filters", "在这些筛选条件下没有条目匹配 {query}";
    WithoutFilters: "; without them: {names}", "；不加筛选时有：{names}";
}

/// Phrases of tables written in English (the keymap's help and hints), keyed by that English:
/// [`super::tr`] looks them up. A test checks that every keymap text is here.
pub(super) const PHRASES: &[(&str, &str)] = &[
    ("move up, or scroll the detail", "上移，或滚动详情"),
    ("move down, or scroll the detail", "下移，或滚动详情"),
    ("page up", "上一页"),
    ("page down", "下一页"),
    ("first entry / top", "第一个条目 / 顶部"),
    ("last entry / bottom", "最后一个条目 / 底部"),
    ("switch focus: list ⇄ detail", "切换焦点：列表 ⇄ 详情"),
    (
        "open the detail (full width when narrow)",
        "打开详情（窄屏时全宽）",
    ),
    ("search", "搜索"),
    ("mark / unmark for comparison", "标记 / 取消标记以便比较"),
    ("mark", "标记"),
    ("compare the marked entries", "比较已标记的条目"),
    ("compare", "比较"),
    ("unmark everything", "取消全部标记"),
    (
        "cycle the sort (name, date, developer, score, criteria)",
        "切换排序（名称、日期、开发者、评分、各项标准）",
    ),
    ("sort", "排序"),
    (
        "reverse the sort (unknown values stay last)",
        "反转排序（未知值仍在最后）",
    ),
    ("filter panel", "筛选面板"),
    ("filter", "筛选"),
    ("weights editor and presets", "权重编辑器与预设"),
    ("weights", "权重"),
    ("open vs closed overview", "开源与闭源概览"),
    (
        "frontier chart: capability against price",
        "前沿图：能力对比价格",
    ),
    ("frontier", "前沿"),
    ("previous point along x", "沿 x 轴的上一个点"),
    ("next point along x", "沿 x 轴的下一个点"),
    ("select", "选择"),
    ("next point up", "上方的下一个点"),
    ("next point down", "下方的下一个点"),
    ("leftmost point", "最左边的点"),
    ("rightmost point", "最右边的点"),
    (
        "next x axis (price, capability, score, released, parameters)",
        "下一个 x 轴（价格、能力、评分、发布日期、参数量）",
    ),
    ("x axis", "x 轴"),
    ("next y axis", "下一个 y 轴"),
    ("y axis", "y 轴"),
    ("open the selected entry", "打开所选条目"),
    ("open", "打开"),
    (
        "filter panel (the chart follows)",
        "筛选面板（图表随之更新）",
    ),
    (
        "weights editor (the score axis follows)",
        "权重编辑器（评分轴随之更新）",
    ),
    ("overview", "概览"),
    (
        "copy the selected id to the clipboard (OSC 52)",
        "把所选 id 复制到剪贴板（OSC 52）",
    ),
    (
        "switch colour / monochrome theme (saved)",
        "切换彩色 / 单色主题（会保存）",
    ),
    ("back to the list / clear the filter", "返回列表 / 清除筛选"),
    ("this help", "本帮助"),
    ("help", "帮助"),
    ("quit", "退出"),
    ("type to filter (fuzzy)", "输入以筛选（模糊匹配，支持拼音）"),
    ("delete a character", "删除一个字符"),
    ("clear the query", "清空查询"),
    ("previous match", "上一个匹配"),
    ("next match", "下一个匹配"),
    ("keep the filter", "保留筛选"),
    ("keep filter", "保留筛选"),
    ("clear the filter", "清除筛选"),
    ("clear", "清除"),
    ("scroll up", "向上滚动"),
    ("scroll down", "向下滚动"),
    ("previous columns", "前几列"),
    ("columns", "列"),
    ("next columns", "后几列"),
    ("top", "顶部"),
    ("bottom", "底部"),
    ("back to the list (marks kept)", "返回列表（保留标记）"),
    ("back", "返回"),
    (
        "copy the comparison as Markdown (OSC 52)",
        "把比较结果复制为 Markdown（OSC 52）",
    ),
    ("copy", "复制"),
    (
        "export the comparison as Markdown to a file",
        "把比较结果导出为 Markdown 文件",
    ),
    ("export", "导出"),
    (
        "weights editor (the weighted total follows)",
        "权重编辑器（加权总分随之变化）",
    ),
    ("close this help", "关闭帮助"),
    ("close", "关闭"),
    ("previous option", "上一个选项"),
    ("next option", "下一个选项"),
    ("toggle (or cycle) the option", "切换（或轮换）该选项"),
    ("toggle", "切换"),
    ("clear every filter", "清除所有筛选"),
    ("close the panel", "关闭面板"),
    ("previous pillar", "上一个维度"),
    ("next pillar", "下一个维度"),
    ("lower the weight", "降低权重"),
    ("lower", "降低"),
    ("raise the weight", "提高权重"),
    ("raise", "提高"),
    ("next preset", "下一个预设"),
    ("preset", "预设"),
    ("close the editor", "关闭编辑器"),
    ("back to the list", "返回列表"),
    ("type part of the name", "输入名称的一部分"),
    ("clear what was typed", "清除已输入的内容"),
    ("previous value", "上一个值"),
    ("next value", "下一个值"),
    ("filter on the highlighted value", "按高亮的值筛选"),
    ("choose", "选择"),
    (
        "back to the filter panel, unchanged",
        "返回筛选面板，不做更改",
    ),
    ("unmark everything (u undoes it)", "取消所有标记（u 撤销）"),
    ("mark again what x unmarked", "恢复 x 取消的标记"),
    ("type the file name", "输入文件名"),
    ("clear the file name", "清空文件名"),
    (
        "write the file (twice to overwrite)",
        "写入文件（按两次覆盖）",
    ),
    ("write", "写入"),
    ("cancel the export", "取消导出"),
    ("cancel", "取消"),
    (
        "suspend to the shell (fg resumes)",
        "挂起到 shell（fg 恢复）",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}` placeholders of a text, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = text
            .match_indices('{')
            .filter_map(|(i, _)| text[i..].find('}').map(|j| &text[i..i + j + 1]))
            .collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn every_text_has_both_languages_with_the_same_placeholders() {
        for &msg in Msg::ALL {
            let (en, zh) = (msg.text(Lang::En), msg.text(Lang::Zh));
            assert!(!en.trim().is_empty() && !zh.trim().is_empty(), "{msg:?}");
            assert_eq!(placeholders(en), placeholders(zh), "{msg:?}");
        }
    }

    #[test]
    fn phrases_are_translated_once_each() {
        let mut seen = std::collections::HashSet::new();
        for (en, zh) in PHRASES {
            assert!(seen.insert(en), "{en:?} twice");
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{en:?}"
            );
        }
    }

    #[test]
    fn chinese_texts_are_chinese_unless_they_are_names_or_symbols() {
        // Texts that read the same in both (an abbreviation, a key name).
        let same = [
            Msg::ColId,
            Msg::MdId,
            Msg::DetailId,
            Msg::CountOf,
            Msg::Tokens,
            Msg::LinesOf,
            Msg::FrSummaryEnd,
            Msg::FrSummarySnapshot,
        ];
        for &msg in Msg::ALL {
            let zh = msg.text(Lang::Zh);
            let chinese = zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(
                chinese || same.contains(&msg),
                "{msg:?} is not translated: {zh:?}"
            );
        }
    }
}
