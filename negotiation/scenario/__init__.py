"""The scenario-file edge: YAML and JSON Lines in, validated domain events out."""
