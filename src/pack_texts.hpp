#pragma once
// Moving a model value's texts into a document's TextStore (private to src/). A reader builds a
// table's texts one by one, each long one in a block of its own; once the table is finished its
// texts are copied into the store's chunks and those blocks freed, so that a read document holds a
// few chunks instead of one allocation per text while at most one table's worth is loose.

#include <jixiao/target.hpp>
#include <jixiao/text.hpp>
#include <jixiao/text_store.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <vector>

namespace jixiao::detail {

template <class T>
void pack_texts(T& value, TextStore& store);

template <class T>
void pack_texts(std::vector<T>& values, TextStore& store) {
  for (T& v : values) pack_texts(v, store);
}

template <class T>
void pack_texts(std::optional<T>& value, TextStore& store) {
  if (value) pack_texts(*value, store);
}

template <class T>
void pack_texts(T& value, TextStore& store) {
  if constexpr (std::is_same_v<T, Text>) {
    if (!value.is_inline()) value = store.add(value);
  } else if constexpr (std::is_same_v<T, Target>) {
    pack_texts(value.raw, store);
    if (Qualitative* q = value.if_qualitative()) pack_texts(q->text, store);
    else if (Reference* r = value.if_reference()) pack_texts(r->text, store);
    else if (Unparsed* u = value.if_unparsed()) pack_texts(u->reason, store);
  } else if constexpr (boost::describe::has_describe_members<T>::value) {
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto d) { pack_texts(value.*d.pointer, store); });
  }
}

}  // namespace jixiao::detail
