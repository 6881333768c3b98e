//! Words of the data shown to a reader: the format's enum values (`open-weights`, `restricted`),
//! the dataset's access and modality words (`api`, `image`), artefact names and a few fixed
//! phrases. Files, JSON and CSV keep the English spelling scripts rely on; only what is drawn for
//! a reader goes through [`word`].

use super::{current, Lang};
use crate::data::model::{Availability, CommercialUse, Kind, Openness, Status};

/// English word, Chinese word.
const WORDS: &[(&str, &str)] = &[
    // Kind
    ("model", "模型"),
    ("framework", "框架"),
    ("platform", "平台"),
    // Openness
    ("open-source", "开源"),
    ("open-weights", "开放权重"),
    ("closed", "闭源"),
    // Commercial use
    ("yes", "是"),
    ("no", "否"),
    ("restricted", "受限"),
    // Artefacts
    ("weights", "权重"),
    ("training code", "训练代码"),
    ("inference code", "推理代码"),
    ("training data", "训练数据"),
    ("paper", "论文"),
    ("model card", "模型卡"),
    // Access
    ("api", "API"),
    ("download", "下载"),
    ("cloud-service", "云服务"),
    ("chat-app", "聊天应用"),
    ("library", "软件库"),
    ("on-device", "端侧"),
    // Modalities
    ("text", "文本"),
    ("image", "图像"),
    ("video", "视频"),
    ("audio", "音频"),
    ("code", "代码"),
    // Lifecycle
    ("active", "在售"),
    ("deprecated", "已弃用"),
    ("retired", "已下线"),
    // Capability figures (benchmark names stay as their authors spell them)
    ("Intelligence Index", "智能指数"),
    ("Coding Index", "编程指数"),
    ("Math Index", "数学指数"),
    ("Output speed", "输出速度"),
    ("Time to first token", "首 token 延迟"),
    // Fixed values
    ("undisclosed", "未公开"),
    ("not benchmarked", "无基准数据"),
    ("not rated", "未评分"),
    ("independent", "独立测评"),
    // Countries of developers, as the dataset spells them
    ("US", "美国"),
    ("United States", "美国"),
    ("China", "中国"),
    ("France", "法国"),
    ("UK", "英国"),
    ("United Kingdom", "英国"),
    ("Canada", "加拿大"),
    ("Germany", "德国"),
    ("UAE", "阿联酋"),
    ("Netherlands", "荷兰"),
    ("Israel", "以色列"),
    ("Japan", "日本"),
    ("South Korea", "韩国"),
    ("India", "印度"),
    ("Singapore", "新加坡"),
    ("Switzerland", "瑞士"),
    // Formats a data file is in
    ("modeldex dataset", "modeldex 数据集"),
    ("models.dev catalog", "models.dev 目录"),
    ("OpenRouter model list", "OpenRouter 模型列表"),
    ("unknown format", "未知格式"),
    // Capabilities providers list for a model
    ("reasoning", "推理"),
    ("tool calling", "工具调用"),
    ("file input", "文件输入"),
    ("temperature", "可调 temperature"),
    ("structured output", "结构化输出"),
    // What a loaded file's entries are called
    ("entries", "条目"),
    ("listings", "上架条目"),
    ("vendor", "厂商自报"),
];

/// `english` as the reader's language says it: its Chinese word when the interface is Chinese
/// and the word is known, else `english` itself (a name, a number, a word the table lacks).
pub fn word(english: &str) -> &str {
    match current() {
        Lang::En => english,
        Lang::Zh => WORDS
            .iter()
            .find(|(en, _)| *en == english)
            .map_or(english, |(_, zh)| zh),
    }
}

/// Words of a list, each in the reader's language, joined by `sep`.
pub fn words(list: &[String], sep: &str) -> String {
    list.iter().map(|w| word(w)).collect::<Vec<_>>().join(sep)
}

/// The reader's word for an entry's kind.
pub fn kind(k: Kind) -> &'static str {
    word(k.as_str())
}

/// The reader's word for an openness.
pub fn openness(o: Openness) -> &'static str {
    word(o.as_str())
}

/// The reader's word for a licence's commercial use.
pub fn commercial_use(c: CommercialUse) -> &'static str {
    word(c.as_str())
}

/// The reader's word for an artefact's availability, the unknown mark when not given. Its own words:
/// closed training data is "not published" (不公开), not closed-source (闭源) as an openness is.
pub fn availability(a: Option<Availability>) -> &'static str {
    match (current(), a) {
        (Lang::En, a) => crate::format::availability(a),
        (Lang::Zh, None) => crate::format::UNKNOWN,
        (Lang::Zh, Some(a)) => match a {
            Availability::Open => "公开",
            Availability::Restricted => "受限",
            Availability::Partial => "部分公开",
            Availability::Closed => "不公开",
        },
    }
}

/// The name a reader sees for a weight preset; its id (`privacy-first`) stays what `--weights`
/// and the preferences file take.
pub fn preset(p: crate::weights::Preset) -> &'static str {
    use crate::weights::Preset;
    match current() {
        Lang::En => p.name(),
        Lang::Zh => match p {
            Preset::Balanced => "均衡",
            Preset::PrivacyFirst => "隐私优先",
            Preset::CostFirst => "成本优先",
            Preset::CommunityFirst => "社区优先",
            Preset::EnterpriseSupport => "企业支持优先",
        },
    }
}

/// [`preset`] with the id a user types beside it in Chinese: `隐私优先（privacy-first）`.
pub fn preset_with_id(p: crate::weights::Preset) -> String {
    match current() {
        Lang::En => p.name().to_string(),
        Lang::Zh => format!("{}（{}）", preset(p), p.name()),
    }
}

/// The reader's word for a lifecycle status.
pub fn status(s: Status) -> &'static str {
    word(s.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::Reported;
    use crate::data::Dataset;
    use crate::i18n::set;

    fn in_chinese<T>(f: impl FnOnce() -> T) -> T {
        set(Lang::Zh);
        let out = f();
        set(Lang::En);
        out
    }

    fn translated(english: &str) -> bool {
        in_chinese(|| word(english) != english)
    }

    #[test]
    fn every_enum_value_a_reader_sees_has_a_chinese_word() {
        let spelled = Kind::ALL.iter().map(|k| k.as_str()).chain(
            Openness::ALL.iter().map(|o| o.as_str()).chain(
                CommercialUse::ALL
                    .iter()
                    .map(|c| c.as_str())
                    .chain(Status::ALL.iter().map(|s| s.as_str()))
                    .chain(Reported::ALL.iter().map(|r| r.as_str())),
            ),
        );
        for english in spelled {
            assert!(translated(english), "{english}");
        }
        let d = Dataset::embedded().unwrap();
        for a in Availability::ALL {
            assert_ne!(in_chinese(|| availability(Some(a))), a.as_str());
        }
        for label in d.models[0].artifacts.labelled().map(|(l, _)| l) {
            assert!(translated(label), "{label}");
        }
    }

    #[test]
    fn every_access_modality_and_country_word_of_the_dataset_has_a_chinese_word() {
        let d = Dataset::embedded().unwrap();
        for m in &d.models {
            for w in m.access.iter().chain(&m.modalities).chain(&m.country) {
                assert!(translated(w), "{} names {w:?}", m.id);
            }
        }
    }

    #[test]
    fn english_stays_as_spelled_and_unknown_words_pass_through() {
        assert_eq!(word("open-weights"), "open-weights");
        assert_eq!(openness(Openness::OpenWeights), "open-weights");
        assert_eq!(in_chinese(|| openness(Openness::OpenWeights)), "开放权重");
        assert_eq!(in_chinese(|| word("Llama 4")), "Llama 4");
        let list = ["text".to_string(), "image".to_string()];
        assert_eq!(in_chinese(|| words(&list, "、")), "文本、图像");
        assert_eq!(words(&list, ", "), "text, image");
    }

    #[test]
    fn each_english_word_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (en, _) in WORDS {
            assert!(seen.insert(en), "{en} twice");
        }
    }
}
