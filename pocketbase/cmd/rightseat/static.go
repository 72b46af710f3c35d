package main

import (
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

const (
	// content-hashed by Vite: a new build never reuses a name, so a year without revalidation is safe
	cacheImmutable = "public, max-age=31536000, immutable"
	// everything else (index.html, sw.js, the manifest, icons): always revalidated (a 304 when unchanged),
	// so a deploy reaches every browser and the service worker update check is never stale
	cacheRevalidate = "no-cache"
	indexPage       = "index.html"
)

// contentTypes overrides Go's table where it is wrong or silent for the PWA's files.
var contentTypes = map[string]string{
	".webmanifest": "application/manifest+json",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".svg":         "image/svg+xml",
}

// encodings in order of preference, with the suffix of the file the build wrote beside the original
// (adapter-static's precompress: .br and .gz for html, js, css, json, svg, xml).
var encodings = []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// bindStatic serves the built PWA at /{path...}, unless a hook already took that route: precompressed
// files when the browser accepts them, cache headers by path, and the SPA fallback to index.html for
// client routes (a missing /_app/ file is a 404, not index.html, so a stale chunk fails loudly).
func bindStatic(r *router.Router[*core.RequestEvent], fsys fs.FS, indexFallback bool) {
	if r.HasRoute(http.MethodGet, "/{path...}") {
		return
	}
	r.GET("/{path...}", func(e *core.RequestEvent) error {
		e.Set("__skipSuccessActivityLogger", true) // as apis.Static: no log line per asset
		name := path.Clean("/" + e.Request.PathValue("path"))[1:]
		if name == "" {
			name = indexPage
		}
		if fi, err := fs.Stat(fsys, name); err != nil || fi.IsDir() {
			if !indexFallback || strings.HasPrefix(name, "_app/") {
				return router.ErrFileNotFound
			}
			name = indexPage
		}
		return serveFile(e, fsys, name)
	})
}

func serveFile(e *core.RequestEvent, fsys fs.FS, name string) error {
	h := e.Response.Header()
	if strings.HasPrefix(name, "_app/immutable/") {
		h.Set("Cache-Control", cacheImmutable)
	} else {
		h.Set("Cache-Control", cacheRevalidate)
	}
	ext := path.Ext(name)
	contentType := contentTypes[ext]
	if contentType == "" {
		contentType = mime.TypeByExtension(ext)
	}
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	h.Set("Content-Type", contentType) // set before ServeContent, which then neither sniffs nor guesses

	file := name
	accepted := acceptedEncodings(e.Request.Header.Get("Accept-Encoding"))
	for _, enc := range encodings {
		if _, err := fs.Stat(fsys, name+enc.suffix); err != nil {
			continue
		}
		if file == name && !strings.Contains(strings.Join(h.Values("Vary"), ","), "Accept-Encoding") {
			h.Add("Vary", "Accept-Encoding") // a variant exists: caches must key on the header
		}
		if accepted[enc.name] && file == name {
			file = name + enc.suffix
			h.Set("Content-Encoding", enc.name)
		}
	}

	f, err := fsys.Open(file)
	if err != nil {
		return router.ErrFileNotFound
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	content, ok := f.(io.ReadSeeker)
	if !ok {
		return router.ErrFileNotFound
	}
	if file != name {
		// http.ServeContent leaves out Content-Length when Content-Encoding is set (it expects
		// compression on the fly); this is the file's real size. Ranges of an encoded body are not
		// worth their edge cases: the whole file is sent.
		e.Request.Header.Del("Range")
		h.Set("Content-Length", strconv.FormatInt(fi.Size(), 10))
	}
	http.ServeContent(e.Response, e.Request, name, fi.ModTime(), content)
	return nil
}

// acceptedEncodings reads an Accept-Encoding header: the codings with a non-zero quality.
func acceptedEncodings(header string) map[string]bool {
	accepted := map[string]bool{}
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if value, found := strings.CutPrefix(strings.TrimSpace(params), "q="); found {
			if parsed, err := strconv.ParseFloat(value, 64); err == nil {
				q = parsed
			}
		}
		if coding != "" && q > 0 {
			accepted[strings.ToLower(coding)] = true
		}
	}
	return accepted
}
