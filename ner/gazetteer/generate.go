package gazetteer

//go:generate go run ./internal/gen -o cldr_hi.go
