#include "JsonLines.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

#include <istream>
#include <ostream>
#include <string>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

QJsonObject errorLine(qint64 line, const QString &message)
{
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("message"), message}}}};
}

} // namespace

void writeJsonLine(std::ostream &out, const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    out.write(json.constData(), json.size());
    out.put('\n');
}

int processJsonLines(std::istream &in, std::ostream &out,
                     const std::function<Core::Result<QJsonObject>(const QJsonObject &)> &handle)
{
    int exitCode = 0;
    qint64 lineNumber = 0;
    std::string raw;
    while (std::getline(in, raw)) {
        ++lineNumber;
        QByteArray line = QByteArray::fromStdString(raw);
        if (line.endsWith('\r'))
            line.chop(1);

        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(line);
        if (utf8.hasError()) {
            writeJsonLine(out, errorLine(lineNumber, Tr::tr("the line is not valid UTF-8")));
            exitCode = 1;
            continue;
        }
        // Qt's JSON reader drops a U+FEFF that opens a string, as if it named the encoding.
        // Written as an escape it stays: "measure" must see the character X rejects. (One that
        // opens the line does name the encoding; the decoder has dropped it.)
        QString json = text;
        json.replace(QChar(0xFEFF), QStringLiteral("\\ufeff"));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            const QString reason = parseError.error != QJsonParseError::NoError
                                       ? parseError.errorString()
                                       : Tr::tr("a JSON object was expected");
            writeJsonLine(out, errorLine(lineNumber, reason));
            exitCode = 1;
            continue;
        }
        const auto result = handle(document.object());
        if (!result) {
            writeJsonLine(out, errorLine(lineNumber, result.error().userMessage));
            exitCode = 1;
            continue;
        }
        writeJsonLine(out, result.value());
    }
    return exitCode;
}

} // namespace CareDesk::Cli
