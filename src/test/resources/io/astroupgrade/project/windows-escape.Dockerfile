# escape=`
ARG RUNTIME_VERSION=13.2.0
FROM quay.io/astronomer/astro-runtime:${RUNTIME_VERSION}-base `
  AS main
RUN dir C:\ `
  && echo done