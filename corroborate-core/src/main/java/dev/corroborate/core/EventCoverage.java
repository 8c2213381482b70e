package dev.corroborate.core;

import java.util.List;

/**
 * How the articles of one event compare: what several report and what only one does.
 *
 * @param eventId the event
 * @param claims  corroborated claims first, then single-source ones, each in body order
 */
public record EventCoverage(String eventId, List<Claim> claims) {
    public EventCoverage {
        claims = List.copyOf(claims);
    }

    public List<Claim> corroborated() {
        return claims.stream().filter(c -> c.support() == Claim.Support.CORROBORATED).toList();
    }

    public List<Claim> singleSource() {
        return claims.stream().filter(c -> c.support() == Claim.Support.SINGLE_SOURCE).toList();
    }
}
