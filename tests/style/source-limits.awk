# Prints each place where a C++ file breaks the size limits or the connect rule, one per line
# as FILE:LINE: message. Relies on the formatting .clang-format gives: a function's braces on
# lines of their own at column 0 (namespaces do not indent).
#   FILE_LIMIT      most lines in a file (0: not checked)
#   FUNCTION_LIMIT  most lines in a function body, braces included
FNR == 1 {
    if (NR > 1)
        finishFile()
    inBody = 0
    previous = ""
    text = ""
    lineCount = 0
}
{
    lineCount = FNR
    text = text $0 "\n"
    if (!inBody && $0 == "{" && previous !~ /^(template<.*> *)?(class|struct|union|enum|namespace)[ \t]/) {
        inBody = 1
        bodyStart = FNR
    } else if (inBody && $0 == "}") {
        if (FNR - bodyStart + 1 > FUNCTION_LIMIT)
            printf "%s:%d: the function here has %d lines (most: %d)\n", FILENAME, bodyStart - 1, FNR - bodyStart + 1, FUNCTION_LIMIT
        inBody = 0
    }
    if ($0 !~ /^[ \t]*$/)
        previous = $0
    currentFile = FILENAME
}
END {
    if (NR > 0)
        finishFile()
}

function finishFile() {
    if (FILE_LIMIT > 0 && lineCount > FILE_LIMIT)
        printf "%s:1: %d lines (most: %d)\n", currentFile, lineCount, FILE_LIMIT
    checkConnects(currentFile, text)
}

# A connection without a context object outlives whatever its lambda captures: Qt 6.7's
# QT_NO_CONTEXTLESS_CONNECT forbids connect(sender, signal, lambda); this finds it in 6.4.
function checkConnects(file, source,    n, i, at, depth, commas, c, line, argStart, j) {
    n = length(source)
    i = 1
    while ((at = index(substr(source, i), "connect(")) > 0) {
        at += i - 1
        i = at + 8
        c = substr(source, at - 1, 1)
        if (at > 1 && c ~ /[A-Za-z0-9_]/)
            continue
        depth = 1
        commas = 0
        argStart = 1
        for (j = at + 8; j <= n && depth > 0; j++) {
            c = substr(source, j, 1)
            if (c ~ /[ \t\n]/)
                continue
            if (depth == 1 && argStart && c == "[" && commas == 2) {
                printf "%s:%d: connect() without a context object before its lambda\n", file, countLines(source, at)
                break
            }
            argStart = 0
            if (c == "(" || c == "[" || c == "{")
                depth++
            else if (c == ")" || c == "]" || c == "}")
                depth--
            else if (c == "," && depth == 1) {
                commas++
                argStart = 1
            } else if (c == "\"") {
                # skip a string literal
                for (j++; j <= n && substr(source, j, 1) != "\""; j++)
                    if (substr(source, j, 1) == "\\")
                        j++
            }
        }
    }
}

function countLines(source, at,    prefix) {
    prefix = substr(source, 1, at)
    return gsub(/\n/, "", prefix) + 1
}
