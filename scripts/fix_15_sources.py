#!/usr/bin/env python3
"""Issue #15, "sources": replace secondary citations with primary ones, or narrow the claim
to what the primary sources already cited by the entry support. Re-runnable; run after
fix_15_facts.py from the repository root."""
import json

PATH = "assets/models.json"
d = json.load(open(PATH, encoding="utf-8"))
ms = {m["id"]: m for m in d["models"]}

DPC = ("https://dataprotection.ie/en/news-media/latest-news/"
       "data-protection-commission-announces-commencement-inquiry-x-internet-unlimited-company-xiuc")
BNN = ("https://www.bnnbloomberg.ca/business/technology/2025/04/11/"
       "irish-watchdog-to-probe-musks-x-over-data-use-for-ai-tool-grok/")
ASC = "https://aisafetyclaims.org/companies/xai"


def fix(mid, key, sources, rationale=None):
    r = ms[mid]["ratings"][key]
    r["sources"] = sources
    if rationale:
        r["rationale"] = rationale


def drop_source(mid, url, title=None, new_url=None):
    """Remove (or replace) one entry-level source."""
    out = []
    for s in ms[mid]["sources"]:
        if s["url"] == url:
            if new_url and not any(t["url"] == new_url for t in ms[mid]["sources"]):
                out.append({"title": title, "url": new_url})
            continue
        out.append(s)
    ms[mid]["sources"] = out


# --- xAI: the Irish DPC's own notice instead of a news report; xAI's own pages for documentation.
for mid in ("grok-3", "grok-4"):
    r = ms[mid]["ratings"]["privacy.vendor_safeguards"]
    r["sources"] = [DPC if u == BNN else u for u in r["sources"]]
    drop_source(mid, BNN, "Irish Data Protection Commission: inquiry into X's use of EU users' posts to train Grok (2025)", DPC)
    drop_source(mid, ASC)
fix("grok-3", "community.research", ["https://x.ai/news/grok-3"])
fix("grok-3", "responsibility.documentation", ["https://x.ai/news/grok-3"],
    "Grok 3 was introduced with a blog post and a livestream; xAI published no model card or system card for it.")
fix("grok-3", "responsibility.safety", ["https://x.ai/news/grok-3", "https://x.ai/legal/acceptable-use-policy"],
    "xAI published no dangerous-capability evaluations for Grok 3, relying on its acceptable-use policy and the "
    "safeguards described only briefly in the launch post.")
fix("grok-4", "responsibility.documentation", ["https://data.x.ai/2025-08-20-grok-4-model-card.pdf"],
    "Grok 4 launched without documentation; the short model card is dated 20 August 2025, six weeks after the release.")
fix("grok-4", "responsibility.safety", ["https://data.x.ai/2025-08-20-grok-4-model-card.pdf"],
    "The model card reports refusal, deception and biological-risk evaluations and describes model-based filters, "
    "but it appeared weeks after a launch that came with no safety documentation at all.")

# --- Doubao 1.5 Pro: Volcano Engine's own documentation; claims narrowed to absence of disclosure.
VE = "https://www.volcengine.com/docs/82379/1330310"
TM = "https://tokenmix.ai/blog/doubao-api-getting-started"
ASN = "https://aisharenet.com/en/doubao-doubao-15-pr"
for key in ("privacy.auditability", "privacy.vendor_safeguards", "commercial.license", "commercial.cost",
            "commercial.support", "community.artifacts", "community.research",
            "responsibility.documentation", "responsibility.safety"):
    fix("doubao-1-5-pro", key, [VE])
fix("doubao-1-5-pro", "community.ecosystem", [VE],
    "The Doubao family powers ByteDance's widely used Doubao assistant and is sold through Volcano Engine's "
    "OpenAI-compatible API, but as a closed model it has no derivative models.")
fix("doubao-1-5-pro", "commercial.support", [VE],
    "Volcano Engine offers commercial support and lists the model, but newer Doubao-Seed generations have "
    "superseded it and most documentation targets customers in China.")
drop_source("doubao-1-5-pro", TM)
drop_source("doubao-1-5-pro", ASN)

# --- Elasticsearch: Elastic's own account of the licence changes.
ESB = "https://www.elastic.co/blog/elasticsearch-is-open-source-again"
fix("elasticsearch", "community.ecosystem", ["https://github.com/elastic/elasticsearch", ESB])
drop_source("elasticsearch", "https://developer.upsun.com/posts/how-it-works/psh-elastic-love-loss-licensing")

# --- IBM watsonx: IBM's own product page is already cited.
for key in ("commercial.support", "community.ecosystem"):
    fix("ibm-watson", key, ["https://www.ibm.com/products/watsonx-ai"])
drop_source("ibm-watson", "https://aiwiki.ai/wiki/ibm_ai")

# --- Gemini 2.5 Pro: the blog post on the shutdown date goes.
drop_source("gemini-2-5-pro", "https://dev.to/aideprecations/what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026-5gg9")

# --- Gemini 3 Pro: Google's model card and announcement; reviewers' opinions dropped.
MC = "https://storage.googleapis.com/deepmind-media/Model-Cards/Gemini-3-Pro-Model-Card.pdf"
G3 = "https://blog.google/products/gemini/gemini-3/"
fix("gemini-3-pro", "privacy.auditability", [MC],
    "The weights are closed; the model card discloses only a mixture-of-experts architecture, a January 2025 "
    "knowledge cutoff and high-level data sources.")
fix("gemini-3-pro", "community.artifacts", [MC, G3])
fix("gemini-3-pro", "community.research", [MC])
fix("gemini-3-pro", "responsibility.documentation", [MC])
fix("gemini-3-pro", "responsibility.safety", [MC, G3],
    "Google published a Frontier Safety Framework report alongside the model card and says it used external "
    "evaluators, including the UK AI Security Institute and Apollo Research, although many results are given "
    "only in summary.")
drop_source("gemini-3-pro", "https://www.lesswrong.com/posts/5s5NZ6txhHMmSRSNw/gemini-3-model-card-and-safety-framework-report")

# --- Olmo 3: Ai2's own model page shows the fine-tunes and quantisations.
fix("olmo-3-32b", "community.ecosystem", ["https://huggingface.co/allenai/Olmo-3-1125-32B", "https://allenai.org/blog/olmo3"],
    "Olmo 3 is prominent in research and open-science circles, with a modest set of community fine-tunes and "
    "quantisations listed against Ai2's model pages.")
drop_source("olmo-3-32b", "https://www.interconnects.ai/p/olmo-3-americas-truly-open-reasoning")

# --- Qwen3-Max: Alibaba Cloud's own model pages; unverifiable training details dropped.
AM = "https://www.alibabacloud.com/help/en/model-studio/models"
OR = "https://openrouter.ai/qwen/qwen3-max"
fix("qwen3-max", "privacy.self_hosting", [AM])
fix("qwen3-max", "privacy.auditability", [AM],
    "Alibaba describes Qwen3-Max only as a mixture-of-experts model with over one trillion parameters; the "
    "weights, exact architecture and training data are undisclosed.")
fix("qwen3-max", "commercial.customization", [AM],
    "Adaptation is limited to prompting, tool calling, structured output and context caching; no weights are "
    "offered and Alibaba documents no fine-tuning for this model.")
fix("qwen3-max", "commercial.support", [AM, OR],
    "As a product of a major cloud provider it comes with Alibaba Cloud enterprise support and dated snapshots, "
    "and gateways such as OpenRouter also serve it.")
fix("qwen3-max", "community.artifacts", [AM])
fix("qwen3-max", "community.ecosystem", [AM, OR])
fix("qwen3-max", "community.research", [AM],
    "Alibaba published benchmark tables and a short description of its post-training, but no technical report "
    "with training details.")
for u in ("https://vercel.com/ai-gateway/models/qwen3-max", "https://www.rivista.ai/2025/09/05/qwen3-coder-e-arrivato",
          "https://www.51cto.com/aigc/7971.html"):
    drop_source("qwen3-max", u)
if not any(s["url"] == AM for s in ms["qwen3-max"]["sources"]):
    ms["qwen3-max"]["sources"].append({"title": "Alibaba Cloud Model Studio: models", "url": AM})

# --- Kimi K2 / K2 Thinking: Moonshot's own repository; the API-retirement claim goes.
fix("kimi-k2", "commercial.support", ["https://github.com/MoonshotAI/Kimi-K2", "https://huggingface.co/moonshotai/Kimi-K2-Instruct"],
    "Many inference providers host K2's open weights and Moonshot's repository gives deployment guides for vLLM, "
    "SGLang and other engines, but Moonshot publishes no long-term support commitment for this release.")
drop_source("kimi-k2", "https://www.chatbase.co/blog/kimi-k2-api")
drop_source("kimi-k2-thinking", "https://routerai.ru/models/moonshotai/kimi-k2-thinking")

# --- MiniMax-M1: MiniMax's own model page.
fix("minimax-m1", "community.ecosystem", ["https://huggingface.co/MiniMaxAI/MiniMax-M1-80k", "https://github.com/MiniMax-AI/MiniMax-M1"])
drop_source("minimax-m1", "https://ai-tldr.dev/models/minimax-m1/")

# --- ERNIE Bot / ERNIE 4.5.
YY = "https://yiyan.baidu.com"
WP = "https://en.wikipedia.org/wiki/Ernie_Bot"
for key in ("privacy.auditability", "commercial.license", "commercial.customization", "community.artifacts"):
    fix("ernie-bot", key, [YY])
fix("ernie-bot", "commercial.cost", [YY, WP])
drop_source("ernie-bot", "https://aiwiki.ai/wiki/baidu_ernie")
drop_source("ernie-4-5", "https://aiwiki.ai/wiki/ernie_4_5")

# --- Mistral Medium 3: Mistral's own announcements.
MM = "https://mistral.ai/news/mistral-medium-3"
fix("mistral-medium-3", "privacy.auditability", [MM])
fix("mistral-medium-3", "commercial.support", [MM],
    "Mistral provides enterprise support and announced the model on Amazon SageMaker with IBM watsonx, NVIDIA NIM, "
    "Azure AI Foundry and Vertex AI to follow.")
fix("mistral-medium-3", "community.ecosystem", [MM])
fix("mistral-medium-3", "community.research", [MM, "https://mistral.ai/news/magistral"])
drop_source("mistral-medium-3", "https://aiwiki.ai/wiki/mistral_medium_3")

# --- Command A: the gateway listing goes.
drop_source("command-a", "https://www.lava.so/docs/gateway/providers/cohere")

open(PATH, "w", encoding="utf-8").write(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
print("applied")
