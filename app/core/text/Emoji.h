#pragma once

#include <QStringView>
#include <QVarLengthArray>

namespace CareDesk::Text {

struct EmojiSpan
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
};

// The emoji X counts as one character each, as UTF-16 ranges of `text`, in order: the
// sequences of twitter-text's emoji table (text/twitter-text/emoji-sequences.txt), found as
// its expression finds them, from the start of the text, each search going on after the last
// emoji found. Anything the table does not list (a pair of regional indicators that is no
// flag, a joined sequence Unicode made up later) is no emoji: its parts count one by one.
QVarLengthArray<EmojiSpan, 8> findEmoji(QStringView text);

} // namespace CareDesk::Text
