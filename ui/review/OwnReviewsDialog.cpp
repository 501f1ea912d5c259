#include "OwnReviewsDialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace CareDesk::Gui {

OwnReviewsDialog::OwnReviewsDialog(const QList<Review::QaReview> &reviews, QWidget *parent)
    : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("ownReviews"));
    setWindowTitle(tr("My QA reviews"));
    auto *layout = new QVBoxLayout(this);
    auto *browser = new QTextBrowser(this);
    browser->setHtml(reviewsHtml(reviews));
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
}

QString OwnReviewsDialog::reviewsHtml(const QList<Review::QaReview> &reviews)
{
    QString html = QStringLiteral("<h2>") + tr("Reviews of your work").toHtmlEscaped() +
                   QStringLiteral("</h2>");
    if (reviews.isEmpty())
        html +=
            QStringLiteral("<p>") + tr("No reviews yet.").toHtmlEscaped() + QStringLiteral("</p>");
    for (const Review::QaReview &review : reviews) {
        const double percent = review.percent();
        html += QStringLiteral("<h3>") +
                tr("Conversation %1 · %2 · %3")
                    .arg(review.conversationId)
                    .arg(QLocale().toString(review.updatedAt.toLocalTime(), QLocale::ShortFormat),
                         percent < 0 ? tr("not scored")
                                     : QStringLiteral("%1 %").arg(percent, 0, 'f', 0))
                    .toHtmlEscaped() +
                QStringLiteral("</h3><p>") +
                tr("Reviewed by %1").arg(review.reviewer).toHtmlEscaped() +
                QStringLiteral("</p><ul>");
        for (const Review::CriterionScore &score : review.scores) {
            const QString verdict = !score.score        ? tr("does not apply")
                                    : *score.score == 2 ? tr("met")
                                    : *score.score == 1 ? tr("partly")
                                                        : tr("not met");
            html += QStringLiteral("<li>") +
                    QString(score.title + QStringLiteral(": ") + verdict).toHtmlEscaped() +
                    QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        if (!review.summary.isEmpty())
            html += QStringLiteral("<p>") + review.summary.toHtmlEscaped() + QStringLiteral("</p>");
        for (const Review::ReviewComment &comment : review.comments)
            html += QStringLiteral("<p><i>") + comment.text.toHtmlEscaped() +
                    QStringLiteral("</i></p>");
    }
    return html;
}

} // namespace CareDesk::Gui
