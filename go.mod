module tippani

go 1.26.0

require (
	github.com/syumai/workers v0.32.0
	github.com/tidwall/gjson v1.20.2
	golang.org/x/text v0.44.0
)

require (
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.3.0 // indirect
)
