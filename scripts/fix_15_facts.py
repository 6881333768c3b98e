#!/usr/bin/env python3
"""Issue #15, "wrong or stale facts": re-runnable corrections to assets/models.json.

Run from the repository root. Each fix is idempotent, so after taking main's
models.json in a merge conflict, running this again re-applies them.
"""
import json

PATH = "assets/models.json"
d = json.load(open(PATH, encoding="utf-8"))
ms = {m["id"]: m for m in d["models"]}


def rating(mid, key):
    return ms[mid]["ratings"][key]


def add_source(mid, title, url):
    srcs = ms[mid]["sources"]
    if not any(s["url"] == url for s in srcs):
        srcs.append({"title": title, "url": url})


def replace_url(old, new):
    """Replace a cited URL everywhere it occurs (ratings, sources, lifecycle, pricing)."""
    for m in d["models"]:
        for r in m["ratings"].values():
            r["sources"] = [new if u == old else u for u in r["sources"]]
            r["sources"] = list(dict.fromkeys(r["sources"]))
        for s in m["sources"]:
            if s["url"] == old:
                s["url"] = new
        for key in ("lifecycle", "pricing"):
            if m.get(key) and m[key].get("source") == old:
                m[key]["source"] = new


# --- deepseek-v4-pro: the launch discount became the permanent list price after 2026-05-31.
DS = "https://api-docs.deepseek.com/quick_start/pricing"
ms["deepseek-v4-pro"]["pricing"] = {
    "input_per_mtok": 0.435,
    "output_per_mtok": 0.87,
    "as_of": "2026-06-01",
    "source": DS,
}
r = rating("deepseek-v4-pro", "commercial.cost")
r["score"] = 4
r["rationale"] = (
    "Since June 2026 DeepSeek's permanent list price is $0.435 per million input and $0.87 per "
    "million output tokens (about $0.54 blended), very low for a frontier-class model, although "
    "running the 1.6-trillion-parameter checkpoint yourself still takes a multi-GPU data-centre node."
)
r["sources"] = [DS]

# --- claude-opus-4-6: 1M context GA on 2026-03-13; $5/$25 from Anthropic's own model page.
OPUS = "https://platform.claude.com/docs/en/models/opus-4-6/overview"
GA = "https://claude.com/blog/1m-context-ga"
m = ms["claude-opus-4-6"]
m["context_tokens"] = 1000000
m["pricing"] = {"input_per_mtok": 5.0, "output_per_mtok": 25.0, "as_of": "2026-12-02", "source": OPUS}
m["summary"] = (
    "Anthropic's flagship of February 2026, aimed at agents and coding: it added adaptive thinking "
    "with an effort control, server-side context compaction and 128K-token outputs. It launched with "
    "a 200K-token context and a 1M-token beta; the 1M window became generally available, at standard "
    "prices, on 13 March 2026. Size and training data are undisclosed."
)
r = rating("claude-opus-4-6", "commercial.cost")
r["rationale"] = (
    "Opus 4.6 lists at $5 per million input tokens and $25 per million output tokens (about $10 "
    "blended), premium pricing that adds up quickly for agents thinking at high effort, even though "
    "the full 1M-token window is billed at the same rate."
)
r["sources"] = [OPUS, GA]
add_source("claude-opus-4-6", "Claude Opus 4.6 model page (Anthropic)", OPUS)
add_source("claude-opus-4-6", "1M context is now generally available for Opus 4.6 and Sonnet 4.6 (Anthropic, 2026-03-13)", GA)

# --- gemini-3-1-pro: Google's price for prompts up to 200K tokens.
GP = "https://ai.google.dev/gemini-api/docs/pricing"
ms["gemini-3-1-pro"]["pricing"] = {"input_per_mtok": 2.0, "output_per_mtok": 12.0, "as_of": "2026-12-02", "source": GP}

# --- qwen3-max: Alibaba Cloud Model Studio international price, first tier (up to 32K input).
QP = "https://www.alibabacloud.com/help/en/model-studio/model-pricing"
ms["qwen3-max"]["pricing"] = {"input_per_mtok": 1.2, "output_per_mtok": 6.0, "as_of": "2026-12-02", "source": QP}
r = rating("qwen3-max", "commercial.cost")
r["rationale"] = (
    "Alibaba Cloud's international list price starts at $1.20 per million input and $6 per million "
    "output tokens for prompts up to 32K (about $2.40 blended) and rises in the longer-context tiers."
)
r["sources"] = [QP]

# --- command-a: Cohere states a 256K context (256,000 tokens in its specifications).
CA_DOC = "https://docs.cohere.com/docs/command-a"
m = ms["command-a"]
m["context_tokens"] = 256000
r = rating("command-a", "commercial.cost")
r["rationale"] = (
    "Cohere billed Command A at $2.50 per million input and $10 per million output tokens, a mid-range "
    "rate, and the two-GPU footprint keeps private deployments comparatively cheap; Cohere's current "
    "pricing page no longer lists a per-token rate for it, so no dated price is recorded here."
)
r["sources"] = ["https://openrouter.ai/cohere/command-a", "https://arxiv.org/abs/2504.00698"]

# --- gpt-4: this entry is the 8K base model.
m = ms["gpt-4"]
m["context_tokens"] = 8192
m["aliases"] = [a for a in m["aliases"] if a != "gpt-4-32k"]
m["summary"] = (
    "OpenAI's large multimodal model announced on 14 March 2023, taking text and image input and "
    "producing text, launched in ChatGPT Plus and the API. This entry covers the base model with an "
    "8,192-token context; a separate 32K-context variant sold at twice the price. OpenAI withheld its "
    "architecture, size and training data."
)
r = rating("gpt-4", "commercial.cost")
r["rationale"] = (
    "The 8K-context GPT-4 launched at $30 per million prompt tokens and $60 per million completion "
    "tokens (about $37.50 blended), one of the priciest models of its time; the 32K variant cost double."
)

# --- lamda: never released; the date is the paper's (the I/O unveiling was 2021-05-18).
m = ms["lamda"]
m["released"] = "2022-01-20"
m["summary"] = (
    "Google's family of dialogue-specialised Transformer language models of up to 137B parameters, "
    "pre-trained on 1.56 trillion words. Google unveiled it at I/O on 18 May 2021 but never released "
    "it as a product or API, so the date given here is that of the paper (20 January 2022). It powered "
    "the first version of Bard."
)
add_source("lamda", "LaMDA: Language Models for Dialog Applications (arXiv:2201.08239)", "https://arxiv.org/abs/2201.08239")

# --- ernie-4-5: an open-weights entry dates from the weights (2025-06-30); figures are for the text flagship.
m = ms["ernie-4-5"]
m["released"] = "2025-06-30"
m["modalities"] = ["text"]
m["aliases"] = [a for a in m["aliases"] if not a.startswith("ERNIE-4.5-VL")]
m["summary"] = (
    "Baidu's ERNIE 4.5 family, launched as a proprietary model on 16 March 2025 and open-sourced on "
    "30 June 2025 (the date used here) as ten Apache-2.0 variants. This entry describes the flagship "
    "text model ERNIE-4.5-300B-A47B; the vision-language variants (up to 424B total), which also take "
    "images and video, are separate releases."
)
add_source("ernie-4-5", "ERNIE-4.5-300B-A47B-PT model card (Baidu)", "https://huggingface.co/baidu/ERNIE-4.5-300B-A47B-PT")

# --- olmo-3-32b: only aliases of Olmo 3 (3.1 is a later release).
m = ms["olmo-3-32b"]
m["aliases"] = [a for a in m["aliases"] if "3.1" not in a]

# --- gemini-2-5-pro: the 1 December 2026 shutdown came from a blog post only.
r = rating("gemini-2-5-pro", "commercial.support")
r["rationale"] = (
    "Gemini 2.5 Pro had GA status with cloud SLAs from June 2025, but Google has since deprecated it "
    "on the Gemini API; its deprecations page gave 17 June 2026 as the earliest shutdown date, so new "
    "work should target a successor."
)
r["sources"] = ["https://ai.google.dev/gemini-api/docs/deprecations"]

# --- kimi-k2-thinking: "discontinued API id" is not on a Moonshot page.
r = rating("kimi-k2-thinking", "commercial.support")
r["rationale"] = (
    "Together AI and other inference hosts serve the open weights, but Moonshot publishes no support "
    "commitment for this model, and whether Moonshot's own API still serves the kimi-k2-thinking id "
    "could not be confirmed on a Moonshot page."
)
r["sources"] = ["https://docs.together.ai/docs/kimi-k2-thinking-quickstart", "https://huggingface.co/moonshotai/Kimi-K2-Thinking"]

# --- xAI retirement page moved from /docs/ to /developers/.
replace_url(
    "https://docs.x.ai/docs/migration/may-15-retirement",
    "https://docs.x.ai/developers/migration/may-15-retirement",
)

open(PATH, "w", encoding="utf-8").write(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
print("applied")
