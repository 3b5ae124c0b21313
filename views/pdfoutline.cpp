// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfoutline.h"

#include <QRegularExpression>

#include <map>

namespace {

/// The body of object `number` ("<< … >>"), from its last definition; empty when absent.
QByteArray objectBody(const QByteArray& pdf, int number)
{
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    qsizetype at = pdf.size();
    for (;;) {
        at = pdf.lastIndexOf(head, at - 1);
        if (at < 0)
            return {};
        // The header starts a line and is not the tail of a longer number ("15 0 obj" in "5").
        if (at == 0 || pdf.at(at - 1) == '\n' || pdf.at(at - 1) == '\r')
            break;
    }
    const qsizetype end = pdf.indexOf("endobj", at);
    if (end < 0)
        return {};
    return pdf.mid(at + head.size(), end - at - head.size()).trimmed();
}

/// The inside of a dictionary body "<< … >>" (without the brackets).
QByteArray dictInside(const QByteArray& body)
{
    const qsizetype open = body.indexOf("<<");
    const qsizetype close = body.lastIndexOf(">>");
    if (open < 0 || close < open)
        return {};
    return body.mid(open + 2, close - open - 2);
}

/// The number of an indirect reference "/Key N 0 R" in a dictionary; 0 when absent.
int reference(const QByteArray& dict, const char* key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void collectPages(const QByteArray& pdf, int number, QList<int>* out, int depth)
{
    if (depth > 32)
        return;
    const QByteArray dict = dictInside(objectBody(pdf, number));
    if (dict.contains("/Type /Pages") || dict.contains("/Type/Pages")) {
        const qsizetype kids = dict.indexOf("/Kids");
        const qsizetype open = kids < 0 ? -1 : dict.indexOf('[', kids);
        const qsizetype close = open < 0 ? -1 : dict.indexOf(']', open);
        if (close < 0)
            return;
        static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
        auto it = ref.globalMatch(QString::fromLatin1(dict.mid(open + 1, close - open - 1)));
        while (it.hasNext())
            collectPages(pdf, it.next().captured(1).toInt(), out, depth + 1);
    } else if (dict.contains("/Type /Page") || dict.contains("/Type/Page")) {
        out->append(number);
    }
}

} // namespace

QByteArray PdfOutline::textString(const QString& text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    bytes += '>';
    return bytes;
}

QList<int> PdfOutline::pages(const QByteArray& pdf)
{
    QList<int> out;
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    if (trailer < 0)
        return out;
    const int root = reference(pdf.mid(trailer), "Root");
    const int pageTree = root ? reference(dictInside(objectBody(pdf, root)), "Pages") : 0;
    if (pageTree)
        collectPages(pdf, pageTree, &out, 0);
    return out;
}

QByteArray PdfOutline::add(const QByteArray& pdf, const QList<Entry>& entries,
                           const QString& subject, const QString& keywords)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return {};
    const QByteArray trailer = pdf.mid(trailerAt, startxrefAt - trailerAt);
    const int root = reference(trailer, "Root");
    const int info = reference(trailer, "Info");
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const auto sizeMatch = sizeRe.match(QString::fromLatin1(trailer));
    bool ok = false;
    const qint64 previous =
        pdf.mid(startxrefAt + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!root || !info || !sizeMatch.hasMatch() || !ok)
        return {};
    const int size = sizeMatch.captured(1).toInt();
    QByteArray catalog = dictInside(objectBody(pdf, root));
    QByteArray information = dictInside(objectBody(pdf, info));
    const QList<int> pageObjects = pages(pdf);
    if (catalog.isEmpty() || pageObjects.isEmpty() || catalog.contains("/Outlines"))
        return {};
    for (const Entry& e : entries) {
        if (e.page < 0 || e.page >= pageObjects.size())
            return {};
    }

    // Outline tree: the root, then one object per entry. Children follow their parent.
    const int outlineRoot = size;
    const auto objectOf = [&](int entry) { return outlineRoot + 1 + entry; };
    QList<int> parent(entries.size(), -1);
    QList<QList<int>> children(entries.size() + 1); // index entries.size(): the root's
    int lastTop = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).level > 0 && lastTop >= 0) {
            parent[i] = lastTop;
            children[lastTop].append(i);
        } else {
            lastTop = i;
            children[entries.size()].append(i);
        }
    }

    std::map<int, QByteArray> objects; // number → body
    const QList<int>& top = children.at(entries.size());
    objects[outlineRoot] =
        "<<\n/Type /Outlines\n" +
        (top.isEmpty() ? QByteArray()
                       : "/First " + QByteArray::number(objectOf(top.first())) + " 0 R\n/Last " +
                             QByteArray::number(objectOf(top.last())) + " 0 R\n") +
        "/Count " + QByteArray::number(entries.size()) + "\n>>";
    for (int i = 0; i < entries.size(); ++i) {
        const QList<int>& siblings = parent.at(i) < 0 ? top : children.at(parent.at(i));
        const int at = int(siblings.indexOf(i));
        QByteArray body =
            "<<\n/Title " + textString(entries.at(i).title) + "\n/Parent " +
            QByteArray::number(parent.at(i) < 0 ? outlineRoot : objectOf(parent.at(i))) + " 0 R\n";
        if (at > 0)
            body += "/Prev " + QByteArray::number(objectOf(siblings.at(at - 1))) + " 0 R\n";
        if (at + 1 < siblings.size())
            body += "/Next " + QByteArray::number(objectOf(siblings.at(at + 1))) + " 0 R\n";
        const QList<int>& kids = children.at(i);
        if (!kids.isEmpty())
            body += "/First " + QByteArray::number(objectOf(kids.first())) + " 0 R\n/Last " +
                    QByteArray::number(objectOf(kids.last())) + " 0 R\n/Count " +
                    QByteArray::number(kids.size()) + "\n";
        body +=
            "/Dest [" + QByteArray::number(pageObjects.at(entries.at(i).page)) + " 0 R /Fit]\n>>";
        objects[objectOf(i)] = body;
    }
    catalog = catalog.trimmed();
    objects[root] = "<<\n" + catalog + "\n/Outlines " + QByteArray::number(outlineRoot) +
                    " 0 R\n/PageMode /UseOutlines\n>>";
    information = information.trimmed();
    information.replace("/Subject", "/Subject_"); // never two; Qt 6.4 writes neither
    information.replace("/Keywords", "/Keywords_");
    objects[info] = "<<\n" + information + "\n/Subject " + textString(subject) + "\n/Keywords " +
                    textString(keywords) + "\n>>";

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::map<int, qsizetype> offsets;
    for (const auto& [number, body] : objects) {
        offsets[number] = out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n";
    // Subsections of consecutive object numbers; entries of exactly 20 bytes.
    for (auto it = offsets.begin(); it != offsets.end();) {
        auto end = it;
        int count = 0;
        while (end != offsets.end() && end->first == it->first + count) {
            ++end;
            ++count;
        }
        out += QByteArray::number(it->first) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it)
            out += QByteArray::number(it->second).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(outlineRoot + 1 + entries.size()) +
           "\n/Root " + QByteArray::number(root) + " 0 R\n/Info " + QByteArray::number(info) +
           " 0 R\n/Prev " + QByteArray::number(previous) + "\n>>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}
