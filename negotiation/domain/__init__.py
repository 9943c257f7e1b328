"""The pure core: events, the negotiation state, the transition rules, replay and queries.

Nothing here knows of YAML, text or terminals; the edges (`negotiation.scenario`,
`negotiation.mapper`, `negotiation.cli`, `negotiation.render`) depend on this
package, never the other way round.
"""
