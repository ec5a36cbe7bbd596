/* types.SimpleNamespace: an object whose attributes are its dict, with the
 * repr "namespace(a=1, b=2)" (sys.implementation is one). */
#ifndef MPY_NAMESPACE_H
#define MPY_NAMESPACE_H
#include "object.h"

extern MpyTypeObject MpyNamespace_Type;
MpyObject *mpy_namespace_new(MpyObject *dict); /* copies dict's items; dict may be NULL */

#endif
