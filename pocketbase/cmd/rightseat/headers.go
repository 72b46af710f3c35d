package main

import (
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
)

// servingConfig is what the environment decides about serving (README, Configuration).
type servingConfig struct {
	adminUI     bool     // RIGHTSEAT_ADMIN_UI: on (default) or off (404 for /_/)
	corsOrigins []string // RIGHTSEAT_CORS_ORIGINS: other origins allowed to call the API; none by default
}

func servingConfigFromEnv(getenv func(string) string) (servingConfig, error) {
	config := servingConfig{adminUI: true}
	switch strings.ToLower(strings.TrimSpace(getenv("RIGHTSEAT_ADMIN_UI"))) {
	case "", "on":
	case "off":
		config.adminUI = false
	default:
		return config, fmt.Errorf("RIGHTSEAT_ADMIN_UI=%q: use on or off", getenv("RIGHTSEAT_ADMIN_UI"))
	}
	for _, origin := range strings.Split(getenv("RIGHTSEAT_CORS_ORIGINS"), ",") {
		origin = strings.TrimRight(strings.TrimSpace(origin), "/")
		if origin == "" {
			continue
		}
		if origin == "*" || !(strings.HasPrefix(origin, "https://") || strings.HasPrefix(origin, "http://")) {
			return config, fmt.Errorf("RIGHTSEAT_CORS_ORIGINS: %q is not an origin like https://example.com", origin)
		}
		config.corsOrigins = append(config.corsOrigins, origin)
	}
	return config, nil
}

// Features the app does not use, denied to it and to anything it might embed. Only names Chromium
// knows: an unknown one costs a console error on every page.
const permissionsPolicy = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), " +
	"hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), " +
	"screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()"

const (
	// The app's own policy (script hashes) is a <meta> in index.html, from kit.csp in svelte.config.js;
	// a meta cannot say frame-ancestors, so the header adds it. Both policies apply.
	appCSP = "frame-ancestors 'none'"
	// JSON and uploaded files never need to run or load anything.
	apiCSP = "default-src 'none'; frame-ancestors 'none'"
)

// bindHeaders adds the security headers to every response, turns the admin UI off when configured,
// and (unless --origins was given) replaces PocketBase's allow-all CORS with the configured list.
func bindHeaders(r *router.Router[*core.RequestEvent], config servingConfig, replaceCORS bool) {
	r.Bind(&hook.Handler[*core.RequestEvent]{
		Id:       "rightseatHeaders",
		Priority: apis.DefaultSecurityHeadersMiddlewarePriority + 1, // after PocketBase's, to override X-Frame-Options
		Func: func(e *core.RequestEvent) error {
			h := e.Response.Header()
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("X-Frame-Options", "DENY")
			h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
			h.Set("Permissions-Policy", permissionsPolicy)
			p := e.Request.URL.Path
			switch {
			case p == "/_" || strings.HasPrefix(p, "/_/"):
				if !config.adminUI {
					return e.NotFoundError("", nil)
				}
				// the admin UI sets its own CSP (with frame-ancestors 'none')
			case strings.HasPrefix(p, "/api/"):
				h.Set("Content-Security-Policy", apiCSP)
			default:
				h.Set("Content-Security-Policy", appCSP)
			}
			return e.Next()
		},
	})

	if !replaceCORS {
		return
	}
	allowed := map[string]bool{}
	for _, origin := range config.corsOrigins {
		allowed[origin] = true
	}
	r.Unbind(apis.DefaultCorsMiddlewareId)
	// Same-origin requests need no CORS header; any other origin gets none unless it is listed, so a
	// browser refuses to hand another site the API's answers.
	cors := apis.CORS(apis.CORSConfig{
		AllowOriginFunc: func(origin string) (bool, error) { return allowed[origin], nil },
		AllowMethods:    apis.DefaultCORSConfig.AllowMethods,
	})
	cors.Id = "rightseatCors" // Unbind excludes the old id from every child group: a new id is needed
	r.Bind(cors)
}
