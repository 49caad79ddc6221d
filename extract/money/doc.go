// Package money reads numbers and sums of money: Arabic and Chinese
// numerals (exact, with a decimal fast path and big.Rat beyond it), ranges,
// hedges, currencies and roles. Money is the amount extractor; ReadAmount
// and Parse read one amount text alone. Its word lists are data/money.yaml.
package money
