// PostingProfile::Serialize and Deserialize: "TCPP", a format version, then the fields in the
// order tailorcore/profile.h declares them, each string length-prefixed, each count a varint.
#include <optional>

#include "base/bytes.h"
#include "tailorcore/profile.h"

namespace tailorcore {
namespace {

constexpr std::string_view kMagic = "TCPP";
constexpr std::uint32_t kFormatVersion = 4;
constexpr std::uint8_t kLastTier = static_cast<std::uint8_t>(PostingTier::kMentioned);
constexpr std::uint8_t kLastSection = static_cast<std::uint8_t>(SectionKind::kLanguages);

void WriteStrings(detail::ByteWriter* w, const std::vector<std::string>& strings) {
  w->Varint(strings.size());
  for (const std::string& s : strings) w->String(s);
}

bool ReadStrings(detail::ByteReader* r, std::vector<std::string>* strings) {
  std::size_t n = 0;
  if (!r->Count(&n)) return false;
  strings->resize(n);
  for (std::string& s : *strings) {
    if (!r->String(&s)) return false;
  }
  return true;
}

void WriteKeyword(detail::ByteWriter* w, const PostingKeyword& k) {
  w->String(k.id);
  w->String(k.term);
  w->String(k.category);
  w->U8(static_cast<std::uint8_t>(k.tier));
  w->F64(k.weight);
  w->U32(k.occurrences);
  w->Bool(k.in_title);
  WriteStrings(w, k.forms);
  w->String(k.sentence);
  w->U32(k.begin);
  w->U32(k.end);
  WriteStrings(w, k.keys);
  WriteStrings(w, k.stem_keys);
  WriteStrings(w, k.lexicon_forms);
  w->Bool(k.acronym);
  w->Bool(k.not_required);
  w->U32(k.group);
  w->Bool(k.technical);
}

bool ReadKeyword(detail::ByteReader* r, PostingKeyword* k) {
  std::uint8_t tier = 0;
  if (!r->String(&k->id) || !r->String(&k->term) || !r->String(&k->category) || !r->U8(&tier) ||
      tier > kLastTier || !r->F64(&k->weight) || !r->U32(&k->occurrences) ||
      !r->Bool(&k->in_title) || !ReadStrings(r, &k->forms) || !r->String(&k->sentence) ||
      !r->U32(&k->begin) || !r->U32(&k->end) || !ReadStrings(r, &k->keys) ||
      !ReadStrings(r, &k->stem_keys) || !ReadStrings(r, &k->lexicon_forms) ||
      !r->Bool(&k->acronym) || !r->Bool(&k->not_required) || !r->U32(&k->group) ||
      !r->Bool(&k->technical)) {
    return false;
  }
  k->tier = static_cast<PostingTier>(tier);
  return true;
}

void WriteSection(detail::ByteWriter* w, const Section& s) {
  w->U8(static_cast<std::uint8_t>(s.kind));
  w->U32(s.begin);
  w->U32(s.end);
  w->U32(s.heading_begin);
  w->U32(s.heading_end);
  w->String(s.heading);
}

bool ReadSection(detail::ByteReader* r, Section* s) {
  std::uint8_t kind = 0;
  if (!r->U8(&kind) || kind > kLastSection || !r->U32(&s->begin) || !r->U32(&s->end) ||
      !r->U32(&s->heading_begin) || !r->U32(&s->heading_end) || !r->String(&s->heading)) {
    return false;
  }
  s->kind = static_cast<SectionKind>(kind);
  return true;
}

void WriteExperience(detail::ByteWriter* w, const ExperienceAsked& e) {
  w->String(e.skill);
  w->String(e.term);
  w->F64(e.years);
  w->F64(e.max_years);
  w->String(e.sentence);
  w->U32(e.begin);
  w->U32(e.end);
  w->Bool(e.preferred);
}

bool ReadExperience(detail::ByteReader* r, ExperienceAsked* e) {
  return r->String(&e->skill) && r->String(&e->term) && r->F64(&e->years) &&
         r->F64(&e->max_years) && r->String(&e->sentence) && r->U32(&e->begin) && r->U32(&e->end) &&
         r->Bool(&e->preferred);
}

void WriteLanguage(detail::ByteWriter* w, const LanguageAsked& l) {
  w->String(l.skill);
  w->String(l.term);
  w->String(l.level);
  w->String(l.sentence);
  w->U32(l.begin);
  w->U32(l.end);
  w->Bool(l.preferred);
}

bool ReadLanguage(detail::ByteReader* r, LanguageAsked* l) {
  return r->String(&l->skill) && r->String(&l->term) && r->String(&l->level) &&
         r->String(&l->sentence) && r->U32(&l->begin) && r->U32(&l->end) && r->Bool(&l->preferred);
}

void WriteDegree(detail::ByteWriter* w, const std::optional<DegreeAsked>& d) {
  w->Bool(d.has_value());
  if (!d) return;
  w->String(d->level);
  WriteStrings(w, d->fields);
  w->Bool(d->equivalent);
  w->Bool(d->preferred);
  w->String(d->sentence);
  w->U32(d->begin);
  w->U32(d->end);
}

bool ReadDegree(detail::ByteReader* r, std::optional<DegreeAsked>* d) {
  bool present = false;
  if (!r->Bool(&present)) return false;
  if (!present) return true;
  DegreeAsked& a = d->emplace();
  return r->String(&a.level) && ReadStrings(r, &a.fields) && r->Bool(&a.equivalent) &&
         r->Bool(&a.preferred) && r->String(&a.sentence) && r->U32(&a.begin) && r->U32(&a.end);
}

void WriteSeniority(detail::ByteWriter* w, const std::optional<SeniorityAsked>& s) {
  w->Bool(s.has_value());
  if (!s) return;
  w->String(s->level);
  w->String(s->sentence);
  w->U32(s->begin);
  w->U32(s->end);
}

bool ReadSeniority(detail::ByteReader* r, std::optional<SeniorityAsked>* s) {
  bool present = false;
  if (!r->Bool(&present)) return false;
  if (!present) return true;
  SeniorityAsked& a = s->emplace();
  return r->String(&a.level) && r->String(&a.sentence) && r->U32(&a.begin) && r->U32(&a.end);
}

Status Corrupt(std::string_view what) {
  return Status(StatusCode::kDataError, "not a posting profile: " + std::string(what));
}

}  // namespace

std::string PostingProfile::Serialize() const {
  detail::ByteWriter w;
  w.Raw(kMagic);
  w.U32(kFormatVersion);
  w.Varint(keywords.size());
  for (const PostingKeyword& k : keywords) WriteKeyword(&w, k);
  w.Varint(sections.size());
  for (const Section& s : sections) WriteSection(&w, s);
  w.Varint(experience.size());
  for (const ExperienceAsked& e : experience) WriteExperience(&w, e);
  w.Varint(languages.size());
  for (const LanguageAsked& l : languages) WriteLanguage(&w, l);
  WriteDegree(&w, degree);
  WriteSeniority(&w, seniority);
  w.String(title);
  return w.Take();
}

StatusOr<PostingProfile> PostingProfile::Deserialize(std::string_view bytes) {
  detail::ByteReader r(bytes);
  std::string_view magic;
  if (!r.Raw(kMagic.size(), &magic) || magic != kMagic) return Corrupt("no TCPP header");
  std::uint32_t version = 0;
  if (!r.U32(&version)) return Corrupt("truncated header");
  if (version != kFormatVersion) {
    return Status(StatusCode::kDataError,
                  "posting profile format " + std::to_string(version) + ", this library reads " +
                      std::to_string(kFormatVersion) + ": rebuild the profile");
  }
  PostingProfile profile;
  std::size_t n = 0;
  // A keyword takes at least 35 bytes, a section 18: a corrupt count cannot allocate much.
  if (!r.Count(&n, 35)) return Corrupt("bad keyword count");
  profile.keywords.resize(n);
  for (PostingKeyword& k : profile.keywords) {
    if (!ReadKeyword(&r, &k)) return Corrupt("truncated or malformed keyword");
  }
  if (!r.Count(&n, 18)) return Corrupt("bad section count");
  profile.sections.resize(n);
  for (Section& s : profile.sections) {
    if (!ReadSection(&r, &s)) return Corrupt("truncated or malformed section");
  }
  // An experience requirement takes at least 27 bytes.
  if (!r.Count(&n, 27)) return Corrupt("bad experience count");
  profile.experience.resize(n);
  for (ExperienceAsked& e : profile.experience) {
    if (!ReadExperience(&r, &e)) return Corrupt("truncated or malformed experience");
  }
  // A language requirement takes at least 12 bytes.
  if (!r.Count(&n, 12)) return Corrupt("bad language count");
  profile.languages.resize(n);
  for (LanguageAsked& l : profile.languages) {
    if (!ReadLanguage(&r, &l)) return Corrupt("truncated or malformed language");
  }
  if (!ReadDegree(&r, &profile.degree)) return Corrupt("truncated or malformed degree");
  if (!ReadSeniority(&r, &profile.seniority)) return Corrupt("truncated or malformed seniority");
  if (!r.String(&profile.title)) return Corrupt("truncated title");
  if (!r.at_end()) return Corrupt("trailing bytes");
  return profile;
}

}  // namespace tailorcore
