"""output: Documents -> what people read and hand on (task and unit views, exports, the
one serializer with its atomic write, the JSON Schemas)."""
