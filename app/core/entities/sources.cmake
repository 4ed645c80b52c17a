# Sources of the entity engine (catalog, discovery, mentions), part of dokhae_core.
target_sources(dokhae_core PRIVATE
)
