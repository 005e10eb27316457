// The package project builds nothing of its own; it packs the other projects' outputs.
