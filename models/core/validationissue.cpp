// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validationissue.h"

#include "core/textsafety.h"

#include <QCoreApplication>

// The messages keep the translation context they had in DatasetReader.
QString ValidationIssue::toString() const
{
    // Messages quote the file's text: its control characters are shown, never sent.
    if (line > 0 && column > 0)
        return TextSafety::visible(
            QCoreApplication::translate("DatasetReader", "%1, line %2, column %3: %4")
                .arg(file)
                .arg(line)
                .arg(column)
                .arg(message));
    if (line > 0)
        return TextSafety::visible(QCoreApplication::translate("DatasetReader", "%1, line %2: %3")
                                       .arg(file)
                                       .arg(line)
                                       .arg(message));
    return TextSafety::visible(
        QCoreApplication::translate("DatasetReader", "%1: %2").arg(file, message));
}

QString ValidationIssue::kindOf(const QString& message)
{
    QString kind;
    kind.reserve(message.size());
    bool quoted = false;
    bool number = false;
    for (QChar c : message) {
        if (c == QLatin1Char('"')) {
            if (!quoted)
                kind += QStringLiteral("\"…\"");
            quoted = !quoted;
            number = false;
        } else if (quoted) {
            continue;
        } else if (c.isDigit()) {
            if (!number)
                kind += QLatin1Char('N');
            number = true;
        } else {
            kind += c;
            number = false;
        }
    }
    return TextSafety::visible(kind);
}
