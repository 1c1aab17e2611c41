package tagger

import (
	"errors"
	"strconv"
)

// errorf formats the model decoder's messages: %d for an argument of any
// integer type, %v and %s for errors and strings, %% for a percent sign.
// The decoder ships in the browser engine, which links neither fmt nor
// reflect; this is all its messages need.
func errorf(format string, args ...any) error {
	b := make([]byte, 0, len(format)+16)
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 == len(format) {
			b = append(b, format[i])
			continue
		}
		i++
		if format[i] == '%' || len(args) == 0 {
			b = append(b, '%')
			continue
		}
		switch v := args[0].(type) {
		case int:
			b = strconv.AppendInt(b, int64(v), 10)
		case int8:
			b = strconv.AppendInt(b, int64(v), 10)
		case int16:
			b = strconv.AppendInt(b, int64(v), 10)
		case int32:
			b = strconv.AppendInt(b, int64(v), 10)
		case int64:
			b = strconv.AppendInt(b, v, 10)
		case uint:
			b = strconv.AppendUint(b, uint64(v), 10)
		case uint8:
			b = strconv.AppendUint(b, uint64(v), 10)
		case uint16:
			b = strconv.AppendUint(b, uint64(v), 10)
		case uint32:
			b = strconv.AppendUint(b, uint64(v), 10)
		case uint64:
			b = strconv.AppendUint(b, v, 10)
		case error:
			b = append(b, v.Error()...)
		case string:
			b = append(b, v...)
		default:
			b = append(b, '?')
		}
		args = args[1:]
	}
	return errors.New(string(b))
}
