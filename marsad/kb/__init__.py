"""The knowledge base: data files under data/, compiled into fast matchers."""
