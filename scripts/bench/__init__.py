"""The benchmark behind `make bench`: build time, growth, page weight and Lighthouse scores (scripts/benchmark.py)."""
