//! Extracted from gguf_monolith.rs (PMAT-802)
