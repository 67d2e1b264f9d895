// tailorcore/status.h: the outcome of an operation that can fail.
//
// Creation can fail (bad options, a malformed data file); analysis and matching cannot.
// Operations that can fail return a Status, or a StatusOr<T> that holds either a value or the
// reason there is none:
//
//   tailorcore::StatusOr<tailorcore::Analyzer> analyzer = tailorcore::Analyzer::Create();
//   if (!analyzer.ok()) { std::cerr << analyzer.status().message() << "\n"; return 1; }
//   tailorcore::AnalyzedText text = analyzer->Analyze("Senior C++ developer");
//
// Thread-safety: Status and StatusOr are values; const access from many threads is safe.
#ifndef TAILORCORE_STATUS_H_
#define TAILORCORE_STATUS_H_

#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace tailorcore {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (bad option, bad form)
  kDataError,        // a data file is malformed; the message carries file:line
  kIoError,          // a file could not be read
  kInternal,         // a dependency (ICU, Snowball) failed in a way that is not the caller's fault
};

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  // True when the operation succeeded.
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // A one-line, human-readable reason; empty when ok().
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-OK Status. Accessing value() of a non-OK StatusOr is a precondition
// violation: it prints the status and aborts, in every build type (never undefined behaviour).
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!status_.ok() && "StatusOr needs a value or a non-OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & {
    CheckOk();
    return *value_;
  }
  const T& value() const& {
    CheckOk();
    return *value_;
  }
  T&& value() && {
    CheckOk();
    return std::move(*value_);
  }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  void CheckOk() const {
    if (!ok()) {
      std::fprintf(stderr, "tailorcore: value() of a failed StatusOr: %s\n",
                   status_.message().c_str());
      std::abort();
    }
  }
  Status status_;
  std::optional<T> value_;
};

}  // namespace tailorcore

#endif  // TAILORCORE_STATUS_H_
