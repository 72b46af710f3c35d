// The RightSeat server: PocketBase (the pinned version, see ../../version.env) with its JS hooks and
// migrations, plus the way RightSeat serves its PWA (static.go) and the headers every response
// carries (headers.go). It replaces PocketBase's examples/base, from which the flags are copied so
// start.sh and the test server keep their command lines. The GitHub self-update command of
// examples/base is left out on purpose: it would swap this binary for a stock one.
package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/plugins/jsvm"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/osutils"
)

func main() {
	app := pocketbase.New()

	var hooksDir string
	app.RootCmd.PersistentFlags().StringVar(&hooksDir, "hooksDir", "", "the directory with the JS app hooks")

	var hooksWatch bool
	app.RootCmd.PersistentFlags().BoolVar(&hooksWatch, "hooksWatch", true,
		"auto restart the app on pb_hooks file change; it has no effect on Windows")

	var hooksPool int
	app.RootCmd.PersistentFlags().IntVar(&hooksPool, "hooksPool", 15,
		"the total prewarm goja.Runtime instances for the JS app hooks execution")

	var migrationsDir string
	app.RootCmd.PersistentFlags().StringVar(&migrationsDir, "migrationsDir", "",
		"the directory with the user defined migrations")

	var automigrate bool
	app.RootCmd.PersistentFlags().BoolVar(&automigrate, "automigrate", true, "enable/disable auto migrations")

	var publicDir string
	app.RootCmd.PersistentFlags().StringVar(&publicDir, "publicDir", defaultPublicDir(),
		"the directory to serve static files")

	var indexFallback bool
	app.RootCmd.PersistentFlags().BoolVar(&indexFallback, "indexFallback", true,
		"fallback the request to index.html on missing static path, e.g. when pretty urls are used with SPA")

	var goHooks bool
	app.RootCmd.PersistentFlags().BoolVar(&goHooks, "goHooks", true,
		"RightSeat's record hooks written in Go (assessments.go); false runs PocketBase without them, "+
			"as the benchmarks' bare reference does")

	app.RootCmd.ParseFlags(os.Args[1:])

	config, err := servingConfigFromEnv(os.Getenv)
	if err != nil {
		log.Fatal(err)
	}

	jsvm.MustRegister(app, jsvm.Config{
		MigrationsDir: migrationsDir,
		HooksDir:      hooksDir,
		HooksWatch:    hooksWatch,
		HooksPoolSize: hooksPool,
	})

	if goHooks {
		bindAssessmentHooks(app)
	}

	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangJS,
		Automigrate:  automigrate,
		Dir:          migrationsDir,
	})

	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(e *core.ServeEvent) error {
			originsFlag := false
			if serve, _, err := app.RootCmd.Find([]string{"serve"}); err == nil {
				originsFlag = serve.Flags().Changed("origins")
			}
			bindHeaders(e.Router, config, !originsFlag)
			bindStatic(e.Router, os.DirFS(publicDir), indexFallback)
			return e.Next()
		},
		Priority: 999, // last, as in examples/base: a JS hook may still define its own routes
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// the default pb_public dir location is relative to the executable
func defaultPublicDir() string {
	if osutils.IsProbablyGoRun() {
		return "./pb_public"
	}
	return filepath.Join(os.Args[0], "../pb_public")
}
