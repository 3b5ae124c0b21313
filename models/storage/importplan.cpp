// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/importplan.h"

#include "core/csvreader.h"
#include "core/formatter.h"
#include "core/terms.h"
#include "core/textsafety.h"
#include "core/translations.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace {

const QString kDataset = QStringLiteral("dataset");
const QString kSeries = QStringLiteral("series");
const QString kPeriod = QStringLiteral("period");
const QString kRegion = QStringLiteral("region");
const QString kSourceId = QStringLiteral("source_id");

} // namespace

QString ImportPlan::sourceField(const Source& s, const QString& column)
{
    if (column == QLatin1String("source_kind"))
        return Term::csvName(s.kind);
    if (column == QLatin1String("source_title_en"))
        return s.titleEn;
    if (column == QLatin1String("source_title_ko"))
        return s.titleKo;
    if (column == QLatin1String("source_outlet"))
        return s.outlet;
    if (column == QLatin1String("source_author"))
        return s.author;
    if (column == QLatin1String("source_published"))
        return s.published;
    if (column == QLatin1String("source_url"))
        return s.url;
    if (column == QLatin1String("source_language"))
        return s.language;
    if (column == QLatin1String("source_unconfirmed"))
        return s.unconfirmed.join(QLatin1Char(';'));
    if (column == QLatin1String("source_note"))
        return s.note;
    if (column == QLatin1String("source_outlet_ko"))
        return s.outletKo;
    if (column == QLatin1String("source_note_ko"))
        return s.noteKo;
    return QString();
}

namespace {

/// The calendar the datasets are counted in (docs/IMPORT.md, "Periods per dataset").
/// A figure of the file by the hash of its FigureKey, for the duplicate checks.
struct KeyedFigure
{
    size_t hash = 0;
    qsizetype index = 0; ///< in the file's figures

    /// Seeded per process, as QHash is: a file cannot be made of keys of one hash.
    static size_t hashOf(const FigureKey& key) { return qHash(key, QHashSeed::globalSeed()); }

    /// Every figure of figures, sorted by hash, then by file order.
    static std::vector<KeyedFigure> sorted(const QList<Observation>& figures)
    {
        std::vector<KeyedFigure> out;
        out.reserve(size_t(figures.size()));
        for (qsizetype i = 0; i < figures.size(); ++i)
            out.push_back({hashOf(FigureKey::of(figures.at(i))), i});
        std::sort(out.begin(), out.end(), [](const KeyedFigure& a, const KeyedFigure& b) {
            return a.hash != b.hash ? a.hash < b.hash : a.index < b.index;
        });
        return out;
    }
    /// The first of keyed whose hash is key's (or where it would be).
    static std::vector<KeyedFigure>::const_iterator first(const std::vector<KeyedFigure>& keyed,
                                                          const FigureKey& key)
    {
        return std::lower_bound(keyed.begin(), keyed.end(), hashOf(key),
                                [](const KeyedFigure& k, size_t hash) { return k.hash < hash; });
    }
};

/// A stored figure as "the database already has this figure" names it: its value as the
/// report writes it, its source and status.
struct SameStored
{
    QString value;
    QString sourceId;
    Term::Status status = Term::Status::Final;

    static SameStored of(const Observation& o, const Formatter& formatter)
    {
        return {formatter.value(o), o.sourceId, o.status};
    }
};

bool periodFits(const QString& dataset, Period::Kind kind)
{
    using K = Period::Kind;
    using P = DatasetInfo::Periods;
    const std::optional<Term::Dataset> d = Datasets::fromName(dataset);
    const P periods = d ? Datasets::info(*d).periods : P::Calendar;
    if (periods == P::AnyButDay)
        return kind != K::Day;
    const bool calendar = kind == K::Year || kind == K::HalfYear || kind == K::Quarter ||
                          kind == K::Month || kind == K::Span;
    return calendar || (periods == P::CalendarOrUpTo && kind == K::UpTo);
}

} // namespace

const QStringList& ImportPlan::sourceColumns()
{
    static const QStringList c = {
        QStringLiteral("source_kind"),        QStringLiteral("source_title_en"),
        QStringLiteral("source_title_ko"),    QStringLiteral("source_outlet"),
        QStringLiteral("source_author"),      QStringLiteral("source_published"),
        QStringLiteral("source_url"),         QStringLiteral("source_language"),
        QStringLiteral("source_unconfirmed"), QStringLiteral("source_note"),
        QStringLiteral("source_outlet_ko"),   QStringLiteral("source_note_ko")};
    return c;
}

const QStringList& ImportPlan::koreanColumns()
{
    static const QStringList c = {QStringLiteral("note_ko"), QStringLiteral("locator_ko")};
    return c;
}

const QStringList& ImportPlan::ignoredColumns()
{
    static const QStringList c = {QStringLiteral("period_label"), QStringLiteral("plotted")};
    return c;
}

QStringList ImportPlan::allColumns()
{
    // CsvExport::figures() writes them in this order (with the source columns).
    return DatasetReader::observationColumns() + ignoredColumns() +
           DatasetReader::optionalObservationColumns() + sourceColumns() + koreanColumns();
}

void ImportPlan::addIssue(int line, int column, const QString& message)
{
    m_issues.append({m_fileName, line, column, message});
    // Bounded: a hostile file can have millions of problems, memory stays small.
    if (m_issues.size() >= 4 * MaxListedProblems)
        trimIssues(MaxListedProblems);
}

void ImportPlan::addIssues(const DatasetReader& reader)
{
    for (const ValidationIssue& i : reader.issues())
        addIssue(i.line, i.column, i.message);
    for (auto it = reader.unlistedIssues().cbegin(); it != reader.unlistedIssues().cend(); ++it) {
        m_unlisted[it.key()] += it.value();
        m_unlistedCount += it.value();
    }
}

void ImportPlan::trimIssues(int keep)
{
    std::stable_sort(m_issues.begin(), m_issues.end(),
                     [](const ValidationIssue& a, const ValidationIssue& b) {
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.column < b.column;
                     });
    for (qsizetype i = keep; i < m_issues.size(); ++i) {
        ++m_unlisted[ValidationIssue::kindOf(m_issues.at(i).message)];
        ++m_unlistedCount;
    }
    if (m_issues.size() > keep)
        m_issues.resize(keep);
}

QList<QPair<QString, int>> ImportPlan::unlistedProblems() const
{
    QList<QPair<QString, int>> out;
    for (auto it = m_unlisted.cbegin(); it != m_unlisted.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

bool ImportPlan::step(int percent)
{
    if (!m_cancelled && m_progress && !m_progress(percent)) {
        m_cancelled = true;
        m_issues.clear();
        m_unlisted.clear();
        m_unlistedCount = 0;
        addIssue(0, 0, tr("the check was cancelled"));
    }
    return !m_cancelled;
}

bool ImportPlan::readFile(const QString& path, const Snapshot& current, const QString& stateToken)
{
    return readPath(path, current, stateToken, nullptr);
}

bool ImportPlan::readFile(const QString& path, const Snapshot& current, const StoredFigures& stored,
                          const QString& stateToken)
{
    return readPath(path, current, stateToken, &stored);
}

bool ImportPlan::readPath(const QString& path, const Snapshot& current, const QString& stateToken,
                          const StoredFigures* stored)
{
    reset();
    const QString fileName = QFileInfo(path).fileName();
    m_fileName = fileName;
    const QFileInfo info(path);
    if (!info.exists()) {
        addIssue(0, 0, tr("the file does not exist"));
        return false;
    }
    if (info.isDir()) {
        addIssue(0, 0, tr("this is a folder, not a file"));
        return false;
    }
    // A FIFO, a device or a socket would block the read or never end: only regular files.
    if (!info.isFile()) {
        addIssue(0, 0, tr("this is not a regular file (a pipe, a device or a socket)"));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        addIssue(0, 0, tr("the file cannot be read: %1").arg(f.errorString()));
        return false;
    }
    // Refuse an oversized file before reading it into memory.
    if (f.size() > CsvReader::DefaultMaxBytes) {
        addIssue(
            0, 0,
            tr("the file is larger than %1 MB").arg(CsvReader::DefaultMaxBytes / (1024 * 1024)));
        return false;
    }
    // As much as the file holds (and one byte more, to see it grew past the limit): a read of
    // the limit would hold 32 MB for any file (issue 23).
    QByteArray data = f.read(std::min<qint64>(f.size(), CsvReader::DefaultMaxBytes) + 1);
    if (f.error() != QFileDevice::NoError) {
        addIssue(0, 0, tr("the file cannot be read: %1").arg(f.errorString()));
        return false;
    }
    return prepareData(data, fileName, current, stateToken, stored);
}

void ImportPlan::reset()
{
    Progress progress = std::move(m_progress);
    const Language language = m_language;
    *this = ImportPlan();
    m_progress = std::move(progress);
    m_language = language;
}

bool ImportPlan::readFile(const QString& path, Store& store)
{
    // The state first: a change while the store is read is one apply() refuses.
    const QString token = store.stateToken();
    Snapshot names; // and sources: the figures are asked for once the file is parsed
    if (!store.loadQuantities(&names, {}))
        return failedStore();
    return readFile(path, names, StoredFigures::in(store), token);
}

bool ImportPlan::failedStore()
{
    reset(); // never valid: it was not checked against the store
    m_storeFailed = true;
    return false;
}

ImportPlan::StoredFigures ImportPlan::StoredFigures::in(Store& store)
{
    return {[&store](const QSet<QString>& quantities,
                     const std::function<bool(const Observation&)>& visit) {
                return store.visitQuantities(quantities, visit);
            },
            [&store](const QList<qint64>& ids, QList<Observation>* out) {
                return store.loadFigures(ids, out);
            }};
}

ImportPlan::StoredFigures ImportPlan::StoredFigures::of(const QList<Observation>& figures)
{
    return {[&figures](const QSet<QString>&, const std::function<bool(const Observation&)>& visit) {
                for (const Observation& o : figures) {
                    if (!visit(o))
                        return false;
                }
                return true;
            },
            [&figures](const QList<qint64>& ids, QList<Observation>* out) {
                const QSet<qint64> wanted(ids.cbegin(), ids.cend());
                out->clear();
                for (const Observation& o : figures) {
                    if (wanted.contains(o.id))
                        out->append(o);
                }
                return out->size() == wanted.size();
            }};
}

bool ImportPlan::prepare(const QByteArray& data, const QString& fileName, const Snapshot& current,
                         const QString& stateToken)
{
    QByteArray shared = data; // released after parsing; the caller's bytes stay
    return prepareData(shared, fileName, current, stateToken);
}

bool ImportPlan::prepareData(QByteArray& data, const QString& fileName, const Snapshot& current,
                             const QString& stateToken, const StoredFigures* stored)
{
    reset();
    if (!step(0))
        return false;
    m_fileName = fileName;
    m_stateToken = stateToken;
    m_vocabulary = current.vocabulary;
    m_sources = current.sources;
    m_prepared = true;

    DatasetReader reader;
    reader.setVocabulary(current.vocabulary);
    reader.setMaxIssues(MaxListedProblems);
    CsvReader csv;
    const bool parsed = csv.parse(data);
    data = QByteArray(); // the parsed fields hold the text now
    if (!step(10))
        return false;
    if (!parsed) {
        // Worded as the dataset reader words a CSV-level problem (size, UTF-8, quotes).
        addIssue(csv.errorLine(), 0, DatasetReader::csvError(csv));
        return false;
    }
    // The file is parsed once, here; every check below and the dataset reader read its fields
    // in place (docs/PERFORMANCE.md, "Import memory").
    const int headerLine = csv.line(0);
    const int width = csv.fieldCount(0);
    // An import file has at most every column once; far more is not an import file (and its
    // per-column checks would only repeat one message).
    const int maxColumns = 4 * int(allColumns().size());
    if (width > maxColumns) {
        addIssue(headerLine, 0,
                 tr("the header has %1 columns; an import file has at most %2 (docs/IMPORT.md "
                    "lists them)")
                     .arg(width)
                     .arg(allColumns().size()));
        return false;
    }
    QHash<QString, int> columns;
    const QStringList known = allColumns();
    for (int i = 0; i < width; ++i) {
        const QString name = csv.field(0, i).trimmed().toString();
        if (columns.contains(name)) {
            addIssue(headerLine, i + 1, tr("column \"%1\" appears twice").arg(name));
        } else if (!known.contains(name)) {
            addIssue(headerLine, i + 1,
                     tr("unknown column \"%1\" (docs/IMPORT.md lists the columns)").arg(name));
        }
        columns.insert(name, i);
    }
    const qsizetype rows = csv.recordCount() - 1; // records 1 to rows

    // Text that is refused (docs/IMPORT.md): control characters anywhere (a line break only in
    // the notes), and free text a spreadsheet would run as a formula.
    {
        static const QStringList freeText = {
            QStringLiteral("locator"),         QStringLiteral("note"),
            QStringLiteral("source_title_en"), QStringLiteral("source_title_ko"),
            QStringLiteral("source_outlet"),   QStringLiteral("source_author"),
            QStringLiteral("source_note")};
        static const QStringList notes = {QStringLiteral("note"), QStringLiteral("source_note")};
        QList<int> kinds(width, 0); // 0 coded, 1 free text, 2 free text with lines
        for (int i = 0; i < width; ++i) {
            const QString name = csv.field(0, i).trimmed().toString();
            kinds[i] = notes.contains(name) ? 2 : freeText.contains(name) ? 1 : 0;
        }
        for (qsizetype r = 1; r <= rows; ++r) {
            if (r % 2000 == 0 && !step(10 + int(20 * r / rows)))
                return false;
            if (csv.fieldCount(r) != width)
                continue; // reported below
            for (int i = 0; i < width; ++i) {
                // Read in place: a string per field of a large file was most of this loop's cost.
                const QStringView value = csv.field(r, i).trimmed(); // as text() reads it
                const QChar control = TextSafety::firstControl(value, kinds.at(i) == 2);
                if (!control.isNull()) {
                    addIssue(csv.line(r), i + 1,
                             tr("the text contains a control character (%1), which is not "
                                "allowed")
                                 .arg(TextSafety::codeOf(control)));
                } else if (kinds.at(i) > 0 && TextSafety::startsLikeFormula(value.toString())) {
                    addIssue(csv.line(r), i + 1,
                             tr("the text starts with \"%1\", which spreadsheets take for a "
                                "formula; begin it with a word or a number instead")
                                 .arg(value.front()));
                }
            }
        }
    }

    QSet<QString> cited;
    readSources(csv, columns, current, &cited);
    if (!step(40))
        return false;

    auto field = [&](qsizetype r, const QString& name) {
        return csv.text(r, columns.value(name, -1));
    };
    auto column = [&](const QString& name) { return columns.value(name, -1) + 1; };
    const QDate today = QDate::currentDate();
    for (qsizetype r = 1; r <= rows; ++r) {
        if (r % 2000 == 0 && !step(40 + int(20 * r / rows)))
            return false;
        if (csv.fieldCount(r) != width)
            continue; // reported below
        const int line = csv.line(r);
        const QString dataset = field(r, kDataset);
        const QString series = field(r, kSeries);
        const QString region = field(r, kRegion);
        const QString code = field(r, kPeriod);
        const Period period = Period::parse(code);
        const bool knownSeries = m_vocabulary.hasSeries(dataset, series);
        if (knownSeries && m_vocabulary.regionNames.contains(region)) {
            const std::optional<Term::Dataset> d = Datasets::fromName(dataset);
            const QString expected = d ? QString::fromLatin1(Datasets::info(*d).region) : QString();
            if (!expected.isEmpty() && region != expected)
                addIssue(line, column(kRegion),
                         tr("region \"%1\" does not fit the %2 dataset, which has %3 only")
                             .arg(region, dataset, expected));
        }
        if (!period.isValid())
            continue; // the dataset reader reports it
        // The code without its "inferred" mark '~' (see Period).
        const QString bare = period.isInferred() ? code.mid(1) : code;
        if (knownSeries) {
            const QStringList ends = period.kind() == Period::Kind::Span
                                         ? bare.split(QLatin1Char('/'))
                                         : QStringList{bare};
            bool fits = periodFits(dataset, period.kind());
            for (const QString& end : ends)
                fits = fits && (period.kind() != Period::Kind::Span ||
                                periodFits(dataset, Period::parse(end).kind()));
            if (!fits) {
                bool day = period.unitKind() == Period::Kind::Day;
                for (const QString& end : ends)
                    day = day || Period::parse(end).kind() == Period::Kind::Day;
                QString why;
                if (period.kind() == Period::Kind::UpTo)
                    why = tr("period \"%1\" is cumulative; the %2 dataset has no cumulative "
                             "figures")
                              .arg(code, dataset);
                else if (code.contains(QLatin1String("FY")))
                    why = tr("period \"%1\" is a US fiscal year; the %2 dataset is counted in "
                             "calendar years, quarters and months")
                              .arg(code, dataset);
                else if (period.kind() == Period::Kind::AsOf)
                    why = tr("period \"%1\" is a date (a stock); the %2 dataset counts what "
                             "happened in a period")
                              .arg(code, dataset);
                else if (day)
                    why = tr("period \"%1\" is a single day; figures are counted per year, quarter "
                             "or month")
                              .arg(code);
                else
                    why = tr("period \"%1\" does not fit the %2 dataset").arg(code, dataset);
                addIssue(line, column(kPeriod), why);
            } else if (series == QLatin1String("cumulative") &&
                       period.kind() != Period::Kind::UpTo) {
                addIssue(line, column(kPeriod),
                         tr("a cumulative figure needs a period up to a date, like ../2025, not "
                            "\"%1\"")
                             .arg(code));
            }
        }
        QDate start = period.start();
        if (period.kind() == Period::Kind::UpTo)
            start = Period::parse(bare.mid(bare.startsWith(QLatin1String("../")) ? 3 : 2)).start();
        if (start.isValid() && start > today)
            addIssue(line, column(kPeriod), tr("period \"%1\" has not begun yet").arg(code));
    }

    // Field checks, duplicates within the file; every cited id is known here, since unknown
    // sources were reported above with a clearer message.
    QSet<QString> knownIds = cited;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        knownIds.insert(it.key());
    // A row with the wrong number of columns is reported here; the dataset reader reads the
    // others (left to itself it would stop at such a row), so that every problem is reported.
    for (qsizetype r = 1; r <= rows; ++r) {
        if (csv.fieldCount(r) != width)
            addIssue(csv.line(r), 0,
                     tr("%1 columns where the header has %2").arg(csv.fieldCount(r)).arg(width));
    }
    if (!step(60))
        return false;
    QList<Observation> read =
        reader.readObservations(csv, fileName, knownIds, DatasetReader::RaggedRows::Skip);
    addIssues(reader);
    csv = CsvReader(); // the figures hold their own texts: the parsed file is no longer needed
    if (!step(85))
        return false;

    // The same figure (quantity, value, source) twice: once per source, whatever its status.
    // The file's figures are indexed by their key's hash in one sorted array (16 bytes a figure,
    // where hash tables of the file's and the store's keys took 350 bytes a figure) and each
    // stored figure is looked up in it (issue 23).
    const std::vector<KeyedFigure> keyed = KeyedFigure::sorted(read);
    QHash<qsizetype, qsizetype> duplicateOf; // a figure of the file → its first occurrence
    for (size_t k = 0; k < keyed.size();) {
        size_t end = k + 1;
        while (end < keyed.size() && keyed[end].hash == keyed[k].hash)
            ++end;
        for (size_t a = k + 1; a < end; ++a) {
            const FigureKey key = FigureKey::of(read.at(keyed[a].index));
            for (size_t b = k; b < a; ++b) {
                if (!duplicateOf.contains(keyed[b].index) &&
                    FigureKey::of(read.at(keyed[b].index)) == key) {
                    duplicateOf.insert(keyed[a].index, keyed[b].index);
                    break;
                }
            }
        }
        k = end;
    }
    // The store's figures of the quantities the file names, read now that the file's text is
    // released, one at a time: each is looked up among the file's figures and kept as the
    // classifier's numbers, never as a list of figures (issue 23).
    m_additions = std::move(read); // not shared: the classifier changes some statuses in place
    const QList<Observation>& figures = m_additions;
    ImportClassifier classifier(&m_additions, m_sources);
    const Formatter formatter(Translations::locale(m_language));
    QHash<qsizetype, SameStored> alreadyStored; // the last stored figure that is the same
    qsizetype visited = 0;
    auto visit = [&](const Observation& o) {
        // Cancel is asked at the first stored figure and then every few thousand: a large store's
        // read takes seconds.
        if (visited++ % 4096 == 0 && !step(85))
            return false;
        const FigureKey key = FigureKey::of(o);
        const size_t hash = KeyedFigure::hashOf(key);
        for (auto it = KeyedFigure::first(keyed, key); it != keyed.end() && it->hash == hash;
             ++it) {
            if (FigureKey::of(figures.at(it->index)) == key)
                alreadyStored.insert(it->index, SameStored::of(o, formatter));
        }
        classifier.addStored(o);
        return true;
    };
    const StoredFigures whole = StoredFigures::of(current.observations);
    const StoredFigures& storedFigures = stored ? *stored : whole;
    QSet<QString> quantities;
    if (stored) { // a snapshot's list is read whole
        QString last;
        for (const Observation& o : figures) {
            QString key = o.quantityKey();
            if (key != last) // a file's rows mostly come grouped by quantity or by source
                quantities.insert(key);
            last = std::move(key);
        }
    }
    if (!storedFigures.visit(quantities, visit)) {
        if (!m_cancelled)
            return failedStore();
        m_additions.clear();
        return false;
    }
    quantities = QSet<QString>();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Observation& o = figures.at(i);
        const auto earlier = duplicateOf.constFind(i);
        if (earlier != duplicateOf.constEnd())
            addIssue(o.line, 0, tr("duplicate of line %1").arg(figures.at(*earlier).line));
        const auto same = alreadyStored.constFind(i);
        if (same != alreadyStored.constEnd()) {
            addIssue(o.line, 0,
                     tr("the database already has this figure: %1 from source \"%2\" (%3)")
                         .arg(same->value, same->sourceId, formatter.status(same->status)));
        }
    }
    if (m_issues.isEmpty() && figures.isEmpty())
        addIssue(0, 0, tr("the file has no figures"));

    trimIssues(MaxListedProblems);
    if (!m_issues.isEmpty()) {
        m_newSources.clear();
        m_additions.clear();
        return false;
    }
    if (!step(90))
        return false;
    if (!classify(classifier, storedFigures))
        return failedStore();
    return step(100);
}

void ImportPlan::readSources(const CsvReader& csv, const QHash<QString, int>& columns,
                             const Snapshot& current, QSet<QString>* cited)
{
    const int width = csv.fieldCount(0);
    auto field = [&](qsizetype r, const QString& name) {
        return csv.text(r, columns.value(name, -1));
    };
    auto column = [&](const QString& name) { return columns.value(name, -1) + 1; };

    QHash<QString, Source> defined;
    QHash<QString, int> definedAt;
    QHash<QString, QString> definedKind; // as written: an unknown kind stays what it was
    for (qsizetype r = 1; r < csv.recordCount(); ++r) {
        if (csv.fieldCount(r) != width)
            continue; // prepare() reports the column count
        const int line = csv.line(r);
        const QString id = field(r, kSourceId);
        if (id.isEmpty())
            continue; // the dataset reader reports the missing source
        cited->insert(id);
        bool describes = false;
        for (const QString& c : sourceColumns())
            describes = describes || !field(r, c).isEmpty();
        if (!describes)
            continue;
        Source s;
        s.id = id;
        const QString kind = field(r, QStringLiteral("source_kind"));
        s.kind = Term::fromCsv<Term::SourceKind>(kind).value_or(s.kind); // checkSource() checks
        s.titleEn = field(r, QStringLiteral("source_title_en"));
        s.titleKo = field(r, QStringLiteral("source_title_ko"));
        s.outlet = field(r, QStringLiteral("source_outlet"));
        s.author = field(r, QStringLiteral("source_author"));
        s.published = field(r, QStringLiteral("source_published"));
        s.url = field(r, QStringLiteral("source_url"));
        s.language = field(r, QStringLiteral("source_language"));
        s.note = field(r, QStringLiteral("source_note"));
        s.outletKo = field(r, QStringLiteral("source_outlet_ko"));
        s.noteKo = field(r, QStringLiteral("source_note_ko"));
        s.unconfirmed = field(r, QStringLiteral("source_unconfirmed"))
                            .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString& d : s.unconfirmed)
            d = d.trimmed();

        const auto storedIt = current.sources.constFind(id);
        const auto definedIt = defined.constFind(id);
        if (storedIt != current.sources.constEnd() || definedIt != defined.constEnd()) {
            // Described again: what is given must agree with what is known.
            const bool inStore = storedIt != current.sources.constEnd();
            const Source& known = inStore ? *storedIt : *definedIt;
            for (const QString& c : sourceColumns()) {
                const QString given = c == QLatin1String("source_kind") ? kind : sourceField(s, c);
                const QString have = c == QLatin1String("source_kind") && !inStore
                                         ? definedKind.value(id)
                                         : sourceField(known, c);
                if (given.isEmpty() || given == have)
                    continue;
                if (inStore)
                    addIssue(
                        line, column(c),
                        tr("source \"%1\" is already in the database with %2 \"%3\"; leave the "
                           "column empty or give the same")
                            .arg(id, c, have));
                else
                    addIssue(line, column(c),
                             tr("%1 of source \"%2\" differs from line %3")
                                 .arg(c, id)
                                 .arg(definedAt.value(id)));
            }
            continue;
        }

        bool ok = true;
        // The same rules as the bundled sources.csv (DatasetReader::checkSource, issue 20).
        DatasetReader::checkSource(s, kind, DatasetReader::SourceOrigin::Import,
                                   [&](const QString& field, const QString& message) {
                                       addIssue(line,
                                                column(field == QLatin1String("id")
                                                           ? kSourceId
                                                           : QStringLiteral("source_") + field),
                                                message);
                                       ok = false;
                                   });
        defined.insert(id, s);
        definedAt.insert(id, line);
        definedKind.insert(id, kind);
        if (ok)
            m_newSources.append(s);
    }
    for (qsizetype r = 1; r < csv.recordCount(); ++r) {
        if (csv.fieldCount(r) != width)
            continue;
        const int line = csv.line(r);
        const QString id = field(r, kSourceId);
        if (!id.isEmpty() && !current.sources.contains(id) && !defined.contains(id))
            addIssue(
                line, column(kSourceId),
                tr("unknown source \"%1\": the database does not have it and no row of this file "
                   "describes it (source_kind, source_title_en)")
                    .arg(id));
    }
    for (auto it = defined.cbegin(); it != defined.cend(); ++it)
        m_sources.insert(it.key(), it.value());
}

bool ImportPlan::classify(ImportClassifier& classifier, const StoredFigures& stored)
{
    ImportClassifier::Result r = classifier.classify(MaxListedConflicts);
    // The stored figures the preview names, read whole: a few per quantity at most.
    QList<Observation> named;
    if (!stored.byId(r.storedNamed(), &named))
        return false;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < named.size(); ++i)
        at.insert(named.at(i).id, i);
    auto figureOf = [&](qint64 id) {
        return id > 0 ? named.value(at.value(id, -1)) : m_additions.at(-id - 1);
    };
    m_changeRefs = std::move(r.changes);
    m_stored.reserve(r.stored.size());
    for (qint64 id : std::as_const(r.stored))
        m_stored.append(figureOf(id));
    m_statusBefore = std::move(r.statusBefore);
    m_conflictRefs = std::move(r.conflicts);
    m_conflictOthers.reserve(r.listed.size());
    for (const QList<qint64>& ids : std::as_const(r.listed)) {
        QList<Observation> others;
        others.reserve(ids.size());
        for (qint64 id : ids)
            others.append(figureOf(id));
        m_conflictOthers.append(others);
    }
    m_supersede = std::move(r.supersede);
    return true;
}

Observation ImportPlan::figure(qint32 ref, bool asSuperseded) const
{
    if (ref >= 0)
        return m_stored.at(ref);
    Observation o = m_additions.at(-ref - 1);
    // A demoted addition is named as the file gave it (its status before it was superseded).
    const auto before = m_statusBefore.constFind(-ref - 1);
    if (asSuperseded && before != m_statusBefore.constEnd())
        o.status = *before;
    return o;
}

ImportPlan::Change ImportPlan::change(int i) const
{
    const ChangeRef& c = m_changeRefs.at(i);
    return {figure(c.superseded, true), figure(c.by, false)};
}

ImportPlan::Conflict ImportPlan::conflict(int i) const
{
    const ConflictRef& c = m_conflictRefs.at(i);
    // A conflicting figure is never one that is demoted: it is as the file gave it.
    return {m_additions.at(c.addition), m_conflictOthers.at(c.others), c.more};
}

const QList<ImportPlan::Conflict>& ImportPlan::conflicts() const
{
    if (!m_conflictsMade) {
        m_conflicts.reserve(m_conflictRefs.size());
        for (int i = 0; i < conflictCount(); ++i)
            m_conflicts.append(conflict(i));
        m_conflictsMade = true;
    }
    return m_conflicts;
}

const QList<ImportPlan::Change>& ImportPlan::changes() const
{
    if (!m_changesMade) {
        m_changes.reserve(m_changeRefs.size());
        for (int i = 0; i < changeCount(); ++i)
            m_changes.append(change(i));
        m_changesMade = true;
    }
    return m_changes;
}

Source ImportPlan::sourceOf(const QString& id) const
{
    return m_sources.value(id);
}

ImportBatch ImportPlan::batch() const
{
    ImportBatch b;
    b.file = m_fileName;
    b.sources = m_newSources;
    b.observations = m_additions;
    b.supersede = m_supersede;
    b.expectedState = m_stateToken;
    return b;
}

bool ImportPlan::apply(Store& store, qint64* importId) const
{
    if (!isValid() || isEmpty())
        return false;
    return store.applyImport(batch(), importId);
}
