"""Arabic text handling: normalisation for matching, sentences, tokens with clitics."""

from marsad.arabic.normalize import Normalized, fold, normalize, norm
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokens import tokenize

__all__ = ["Normalized", "fold", "normalize", "norm", "split_sentences", "tokenize"]
