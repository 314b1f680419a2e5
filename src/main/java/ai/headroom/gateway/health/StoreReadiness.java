package ai.headroom.gateway.health;

import ai.headroom.core.Headroom;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the CCR store answers; when it does not, requests are still served (lossless only). */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    @Inject
    Headroom headroom;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ccr-store")
                .status(headroom.store().available())
                .withData("store", headroom.store().getClass().getSimpleName())
                .build();
    }
}
