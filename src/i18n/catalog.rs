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
    ColProvider: "PROVIDER", "提供方";
    ColProviderId: "PROVIDER'S ID", "提供方模型 ID";
    ColTerms: "PRICE /MTOK, LIMITS", "价格 /百万token、限制";
    ColFile: "FILE", "文件";
    MdOffers: "Offers", "报价";
    OverallScore: "Overall score", "总分";
    MdCapability: "Capability", "能力";
    MdRatings: "Ratings", "评分";
    NotRated: "not rated", "未评分";
    // Messages.
    NoMatch: "no entry matches {query}", "没有条目匹配 {query}";
}

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
    fn chinese_texts_are_chinese_unless_they_are_names_or_symbols() {
        // Texts that read the same in both (an abbreviation, a key name).
        let same = [Msg::ColId, Msg::MdId];
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
