#include "PrivacyMask.h"

#include "triage/PiiScanner.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CareDesk::Translation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Translation::PrivacyMask)
};

QString placeholder(int number)
{
    return QStringLiteral("{{%1}}").arg(number);
}

} // namespace

PrivacyMask::PrivacyMask(const QString &text, const QList<Triage::PiiFinding> &findings)
{
    int number = 0;
    int copied = 0;
    for (const Triage::PiiFinding &finding : findings) {
        if (finding.start < copied || finding.end > text.size() || finding.end <= finding.start)
            continue;
        // A number the text does not hold already, so that restoring touches only ours.
        do
            ++number;
        while (text.contains(placeholder(number)));
        m_masked += QStringView(text).mid(copied, finding.start - copied);
        m_masked += placeholder(number);
        m_placeholders.append(
            {QString::number(number), text.mid(finding.start, finding.end - finding.start)});
        copied = finding.end;
    }
    m_masked += QStringView(text).mid(copied);
}

Core::Result<QString> PrivacyMask::restore(const QString &translated) const
{
    QString restored = translated;
    for (const auto &[number, original] : m_placeholders) {
        // Services may put spaces inside the braces.
        const QRegularExpression token(
            QStringLiteral("\\{\\s*\\{\\s*%1\\s*\\}\\s*\\}").arg(number));
        const QRegularExpressionMatch match = token.match(restored);
        if (!match.hasMatch())
            return Core::Error{
                Tr::tr("The translation lost a part that must stay as written: personal data "
                       "hidden from the translation service, or a {variable}."),
                placeholder(number.toInt())};
        restored.replace(match.capturedStart(), match.capturedLength(), original);
    }
    return restored;
}

} // namespace CareDesk::Translation
