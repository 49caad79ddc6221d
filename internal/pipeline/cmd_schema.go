package pipeline

import (
	"github.com/pressmine/pressmine/schema"
)

func cmdSchema(args []string, sio IO) int {
	fs := newFlagSet("schema", "", "Prints the JSON Schema (Draft 2020-12) that every record passes.\n", sio)
	if code, ok := parse(fs, args, sio); !ok {
		return code
	}
	sio.Stdout.Write(schema.JSONSchema())
	return ExitOK
}
