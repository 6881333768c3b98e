//! `--lang` and the locale: table and Markdown headers follow the language, JSON and CSV keys
//! never do (scripts read them).

use super::{bare, modeldex, stdout_of};

#[test]
fn the_locale_chooses_chinese_and_the_flag_wins_over_it() {
    let zh = stdout_of(bare().env("LANG", "zh_CN.UTF-8").args(["list"]));
    assert!(zh.starts_with("名称"), "{zh}");
    let tw = stdout_of(bare().env("LC_MESSAGES", "zh_TW.UTF-8").args(["list"]));
    assert!(tw.starts_with("名称"), "{tw}");
    let en = stdout_of(
        bare()
            .env("LANG", "zh_CN.UTF-8")
            .args(["--lang", "en", "list"]),
    );
    assert!(en.starts_with("NAME"), "{en}");
    let all = stdout_of(
        bare()
            .env("LANG", "zh_CN.UTF-8")
            .env("LC_ALL", "C")
            .args(["list"]),
    );
    assert!(all.starts_with("NAME"), "LC_ALL comes first: {all}");
}

#[test]
fn markdown_headers_and_criteria_are_chinese() {
    let md = stdout_of(modeldex().args(["--lang", "zh", "list", "--format", "markdown"]));
    assert!(md.lines().next().unwrap().contains("| 名称 |"), "{md}");
    let criteria = stdout_of(bare().args(["--lang", "zh", "criteria"]));
    assert!(
        criteria.contains("数据隐私与安全") && criteria.contains("自托管"),
        "{criteria}"
    );
    assert!(
        criteria.contains("privacy.self_hosting"),
        "ids stay as they are"
    );
}

#[test]
fn json_and_csv_keys_stay_english_in_chinese() {
    for args in [
        &["list", "--format", "json"][..],
        &["show", "bloom", "--format", "json"],
        &["list", "--format", "csv"],
        &["show", "bloom", "--format", "csv"],
        &["compare", "bloom", "bert", "--format", "csv"],
        &["compare", "bloom", "bert", "--format", "json"],
        &["search", "bloom", "--format", "json"],
        &["criteria", "--format", "csv"],
    ] {
        let en = stdout_of(bare().args(["--lang", "en"]).args(args));
        let zh = stdout_of(bare().args(["--lang", "zh"]).args(args));
        if args.contains(&"csv") {
            assert_eq!(en.lines().next(), zh.lines().next(), "{args:?}: CSV header");
        } else {
            let keys = |text: &str| {
                let v: serde_json::Value = serde_json::from_str(text).unwrap();
                let mut keys = Vec::new();
                collect_keys(&v, &mut keys);
                keys
            };
            assert_eq!(keys(&en), keys(&zh), "{args:?}: JSON keys");
        }
    }
}

/// Every object key in `v`, depth first.
fn collect_keys(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                collect_keys(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_keys(v, out)),
        _ => {}
    }
}

#[test]
fn help_describes_the_commands_in_chinese() {
    let zh = stdout_of(bare().args(["--lang", "zh", "--help"]));
    assert!(zh.starts_with("在终端里挑选 AI 模型"), "{zh}");
    assert!(zh.contains("列出条目"), "{zh}");
    let by_locale = stdout_of(bare().env("LANG", "zh_TW.UTF-8").args(["search", "--help"]));
    assert!(by_locale.starts_with("模糊搜索"), "{by_locale}");
    let en = stdout_of(bare().args(["--lang=en", "--help"]));
    assert!(en.starts_with("Choose AI models"), "{en}");
}

#[test]
fn the_no_match_message_follows_the_language() {
    let stderr = |lang: &str| {
        let out = bare()
            .args(["--lang", lang, "search", "gtp4"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(stderr("zh").contains("没有条目匹配 \"gtp4\"；你是不是要找 GPT-4？"));
    assert!(stderr("en").contains("no entry matches \"gtp4\"; did you mean GPT-4?"));
}

#[test]
fn the_lang_preference_chooses_the_language_of_commands_and_the_flag_wins() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("modeldex");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "lang = \"zh\"\n").unwrap();
    let with_prefs = || {
        let mut cmd = bare();
        cmd.env("XDG_CONFIG_HOME", home.path());
        cmd
    };
    let zh = stdout_of(with_prefs().args(["list"]));
    assert!(zh.starts_with("名称"), "{zh}");
    let flag = stdout_of(with_prefs().args(["--lang", "en", "list"]));
    assert!(flag.starts_with("NAME"), "{flag}");
    let none = stdout_of(with_prefs().args(["--no-config", "list"]));
    assert!(none.starts_with("NAME"), "{none}");
}

#[test]
fn show_in_chinese_says_the_values_in_chinese_and_json_keeps_them_english() {
    let zh = stdout_of(bare().args(["--lang", "zh", "show", "gpt-5-1"]));
    for line in [
        "类型        模型",
        "参数量      未公开",
        "模态        文本, 图像",
        "开放程度    闭源",
        "商业使用    受限",
        "获取方式    API, 聊天应用, 云服务",
        "智能指数",
        "（独立测评，截至 2026-04-02",
    ] {
        assert!(zh.contains(line), "{line:?} in {zh}");
    }
    // The facts and figures, not the rationales (entry texts stay in their written language).
    let facts = &zh[..zh.find("评分项").expect("the ratings table")];
    for english in [
        "undisclosed",
        "per million tokens",
        "Output speed",
        "weights closed",
    ] {
        assert!(!facts.contains(english), "{english:?} in {facts}");
    }
    let json = stdout_of(bare().args(["--lang", "zh", "show", "gpt-5-1", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["openness"], "closed", "{json}");
    assert_eq!(v["kind"], "model", "{json}");
}

#[test]
fn compare_and_frontier_in_chinese_say_their_values_legend_and_sentences_in_chinese() {
    let zh = stdout_of(bare().args(["--lang", "zh", "compare", "deepseek-v3", "gpt-5-1"]));
    for chinese in [
        "开放权重",
        "671B（激活 37B）",
        "输入 $0.27 / 输出 $1.10",
        "智能指数",
        "评分从 1（最差）到 5（最好）",
        "* 标出每行的最佳值",
    ] {
        // Chinese wraps between any two characters: look in the text without line breaks.
        assert!(
            zh.replace('\n', "").contains(chinese),
            "{chinese:?} in {zh}"
        );
    }
    for english in [
        "open-weights",
        "active",
        " in /",
        "Scores run",
        "marks the best",
    ] {
        assert!(!zh.contains(english), "{english:?} in {zh}");
    }
    // Scripts read the values of JSON and CSV: English in every language.
    let json = stdout_of(bare().args(["--lang", "zh", "compare", "bloom", "bert", "-f", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let openness = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "openness");
    assert_eq!(
        openness.unwrap()["cells"][0]["text"],
        "open-weights",
        "{json}"
    );
    let csv = stdout_of(bare().args(["--lang", "zh", "compare", "bloom", "bert", "-f", "csv"]));
    assert!(
        csv.contains(",open-weights,model,") && !csv.contains("开放"),
        "{csv}"
    );

    let frontier = stdout_of(bare().args(["--lang", "zh", "frontier"]));
    for chinese in [
        "智能指数对比综合价格",
        "在前沿上：没有哪个更便宜的条目比它更强。",
        "● 开源",
    ] {
        let flat = frontier.replace('\n', "");
        assert!(flat.contains(chinese), "{chinese:?} in {frontier}");
    }
    for english in [
        "against",
        "plotted",
        "On the frontier",
        "open-source",
        "NAME",
    ] {
        assert!(!frontier.contains(english), "{english:?} in {frontier}");
    }
}

#[test]
fn list_and_search_tables_say_kind_and_openness_in_chinese() {
    let zh = stdout_of(bare().args(["--lang", "zh", "search", "wenxin"]));
    assert!(zh.contains("平台") && zh.contains("闭源"), "{zh}");
    assert!(!zh.contains("platform") && !zh.contains("closed"), "{zh}");
    let md = stdout_of(bare().args(["--lang", "zh", "list", "--format", "markdown"]));
    assert!(!md.contains("| open-weights |"), "{md}");
}

#[test]
fn start_up_and_loading_messages_follow_the_language() {
    let stderr = |args: &[&str]| {
        let out = bare().args(["--lang", "zh"]).args(args).output().unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    let weights = stderr(&["--weights", "privacy=9", "list"]);
    assert!(
        weights.contains("--weights \"privacy=9\" 无效：privacy 的权重必须是 0 到 5 的整数"),
        "{weights}"
    );
    let missing = stderr(&["--data", "/nonexistent/models.json", "list"]);
    assert!(missing.contains("无法加载数据："), "{missing}");
    let twice = stderr(&["compare", "bloom", "bloom"]);
    assert!(twice.contains("只显示一次"), "{twice}");
    let ok = stdout_of(bare().args(["--lang", "zh", "validate", crate::support::FIXTURE]));
    assert!(
        ok.contains("：没有问题：13 个条目（modeldex 数据集）"),
        "{ok}"
    );
}

#[test]
fn help_of_every_command_is_chinese_and_fits_80_columns() {
    use unicode_width::UnicodeWidthStr;
    for sub in [
        "", "list", "show", "compare", "search", "frontier", "criteria", "validate",
    ] {
        for flag in ["-h", "--help"] {
            let mut cmd = bare();
            cmd.env("COLUMNS", "80").args(["--lang", "zh"]);
            if !sub.is_empty() {
                cmd.arg(sub);
            }
            let help = stdout_of(cmd.arg(flag));
            assert!(
                help.contains("用法：") && help.contains("选项"),
                "{sub} {flag}: {help}"
            );
            assert!(help.contains("显示帮助"), "{sub} {flag}: {help}");
            for line in help.lines() {
                assert!(
                    line.width() <= 80,
                    "{sub} {flag}: {line:?} is {} wide",
                    line.width()
                );
            }
        }
    }
    let list = stdout_of(bare().args(["--lang", "zh", "list", "--help"]));
    assert!(list.contains("加载这个数据文件"), "{list}");
    let en = stdout_of(bare().args(["--lang", "en", "list", "--help"]));
    assert!(
        en.contains("Usage:") && en.contains("Load this data file"),
        "{en}"
    );
}
