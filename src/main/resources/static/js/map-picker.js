// Picks a point, draws an area, or draws a point, a line or a polygon on a map and writes it into the form's own
// fields (fields/map.jte); or only shows a map's features. The server checks what it receives; without this script
// the fields are typed by hand. Without tiles the map draws a plain grid of its own (ADR 14).
(function () {
  "use strict";

  function field(id) {
    return id ? document.getElementById(id) : null;
  }

  function number(input) {
    var n = input ? parseFloat(String(input.value).replace(",", ".")) : NaN;
    return isNaN(n) ? null : n;
  }

  function round(n) {
    return Math.round(n * 1e6) / 1e6;
  }

  function pointPicker(box, map) {
    var lat = field(box.dataset.latitudeField);
    var lon = field(box.dataset.longitudeField);
    var status = box.querySelector(".map-status");
    var marker = null;
    function show(latlng, announce) {
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.circleMarker(latlng, { radius: 9, color: "#0066cc", weight: 3, fillOpacity: 0.4 }).addTo(map);
      }
      if (announce) {
        status.textContent = box.dataset.pointLabel + " " + round(latlng.lat) + ", " + round(latlng.lng);
      }
    }
    var startLat = number(lat);
    var startLon = number(lon);
    if (startLat !== null && startLon !== null) {
      show(L.latLng(startLat, startLon), false);
      map.setView([startLat, startLon], 16);
    }
    map.on("click", function (e) {
      lat.value = round(e.latlng.lat);
      lon.value = round(e.latlng.lng);
      show(e.latlng, true);
    });
    [lat, lon].forEach(function (input) {
      input.addEventListener("change", function () {
        var a = number(lat);
        var b = number(lon);
        if (a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
          show(L.latLng(a, b), false);
          map.panTo([a, b]);
        }
      });
    });
  }

  function ringOf(text) {
    try {
      var g = JSON.parse(text);
      if (g && g.type === "Feature") {
        g = g.geometry;
      }
      if (g && g.type === "Polygon") {
        return g.coordinates[0];
      }
      if (g && g.type === "MultiPolygon") {
        return g.coordinates[0][0];
      }
    } catch (ignored) {
      // not GeoJSON (yet): the map starts empty and the server says what is wrong on saving
    }
    return null;
  }

  function areaPicker(box, map) {
    var area = field(box.dataset.areaField);
    var status = box.querySelector(".map-status");
    var points = [];
    var shape = null;
    var ring = ringOf(area.value);
    if (ring && ring.length > 3) {
      points = ring.slice(0, ring.length - 1).map(function (c) {
        return L.latLng(c[1], c[0]);
      });
    }
    function draw() {
      if (shape) {
        map.removeLayer(shape);
        shape = null;
      }
      if (points.length === 1) {
        shape = L.circleMarker(points[0], { radius: 5, color: "#0066cc" }).addTo(map);
      } else if (points.length === 2) {
        shape = L.polyline(points, { color: "#0066cc", weight: 3 }).addTo(map);
      } else if (points.length > 2) {
        shape = L.polygon(points, { color: "#0066cc", weight: 3, fillOpacity: 0.2 }).addTo(map);
      }
    }
    function write() {
      if (points.length < 3) {
        area.value = "";
      } else {
        var coords = points.map(function (p) {
          return [round(p.lng), round(p.lat)];
        });
        coords.push(coords[0]);
        area.value = JSON.stringify({ type: "Polygon", coordinates: [coords] });
      }
      status.textContent = box.dataset.countTemplate.replace("{0}", String(points.length));
      draw();
    }
    draw();
    if (shape && points.length > 2) {
      map.fitBounds(shape.getBounds());
    }
    map.on("click", function (e) {
      points.push(e.latlng);
      write();
    });
    var buttons = document.createElement("p");
    buttons.className = "map-buttons";
    function button(label, action) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "secondary";
      b.textContent = label;
      b.addEventListener("click", action);
      buttons.appendChild(b);
    }
    button(box.dataset.undoLabel, function () {
      points.pop();
      write();
    });
    button(box.dataset.clearLabel, function () {
      points = [];
      write();
    });
    box.appendChild(buttons);
  }


  // "latitude, longitude" lines (the form's positions field) as Leaflet positions; lines that are not positions are
  // left out (the server says which one is wrong on saving).
  function positionsOf(text) {
    var result = [];
    String(text || "")
      .split(/\r?\n/)
      .forEach(function (line) {
        var parts = line.trim().split(/\s*[,;]\s*|\s+/);
        if (parts.length === 2) {
          var lat = parseFloat(parts[0]);
          var lon = parseFloat(parts[1]);
          if (!isNaN(lat) && !isNaN(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
            result.push(L.latLng(lat, lon));
          }
        }
      });
    return result;
  }

  // Draws a point, a line or a polygon (the kind chosen in the form's radios) into the positions field, one
  // "latitude, longitude" line per click; typing in the field redraws the shape, so both ways meet.
  function featurePicker(box, map) {
    var text = field(box.dataset.coordinatesField);
    var radios = Array.prototype.slice.call(document.getElementsByName(box.dataset.kindField));
    var status = box.querySelector(".map-status");
    var points = positionsOf(text.value);
    var shape = null;
    function kind() {
      var checked = radios.filter(function (r) {
        return r.checked;
      })[0];
      return checked ? checked.value : "line";
    }
    function draw() {
      if (shape) {
        map.removeLayer(shape);
        shape = null;
      }
      var k = kind();
      var style = { color: "#0066cc", weight: 4, fillOpacity: 0.2 };
      if (points.length === 1 || (k === "point" && points.length > 0)) {
        shape = L.circleMarker(points[points.length - 1], { radius: 8, color: "#0066cc", weight: 3 }).addTo(map);
      } else if (points.length === 2 || (k === "line" && points.length > 1)) {
        shape = L.polyline(points, style).addTo(map);
      } else if (points.length > 2) {
        shape = L.polygon(points, style).addTo(map);
      }
    }
    function write() {
      text.value = points
        .map(function (p) {
          return round(p.lat) + ", " + round(p.lng);
        })
        .join("\n");
      status.textContent = box.dataset.countTemplate.replace("{0}", String(points.length));
      draw();
    }
    draw();
    if (shape && points.length > 1) {
      map.fitBounds(shape.getBounds());
    }
    map.on("click", function (e) {
      if (kind() === "point") {
        points = [e.latlng];
      } else {
        points.push(e.latlng);
      }
      write();
    });
    text.addEventListener("input", function () {
      points = positionsOf(text.value);
      draw();
    });
    radios.forEach(function (r) {
      r.addEventListener("change", draw);
    });
    var buttons = document.createElement("p");
    buttons.className = "map-buttons";
    [
      [box.dataset.undoLabel, function () {
        points.pop();
        write();
      }],
      [box.dataset.clearLabel, function () {
        points = [];
        write();
      }],
    ].forEach(function (pair) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "secondary";
      b.textContent = pair[0];
      b.addEventListener("click", pair[1]);
      buttons.appendChild(b);
    });
    box.appendChild(buttons);
  }

  // A plain grid drawn in the browser: the base map when there is no tile server, or when its tiles do not load.
  // Lines at round latitudes and longitudes, redrawn after each move, under the shapes in the map's own SVG layer,
  // which is exactly as large as the map (canvas tiles reach past its box, which axe reads as covering the page).
  function grid(box, map) {
    box.classList.add("map-offline");
    var lines = L.layerGroup().addTo(map);
    var style = { color: "#aab6c2", weight: 1, interactive: false, className: "map-grid" };
    function line(a, b) {
      var l = L.polyline([a, b], style);
      lines.addLayer(l);
      l.bringToBack();
    }
    function draw() {
      lines.clearLayers();
      var b = map.getBounds();
      var span = Math.max(b.getNorth() - b.getSouth(), b.getEast() - b.getWest(), 1e-6);
      var step = Math.pow(10, Math.floor(Math.log(span / 4) / Math.LN10));
      if (span / step > 20) {
        step *= 5;
      } else if (span / step > 10) {
        step *= 2;
      }
      for (var lat = Math.ceil(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step) {
        line([lat, b.getWest()], [lat, b.getEast()]);
      }
      for (var lon = Math.ceil(b.getWest() / step) * step; lon <= b.getEast(); lon += step) {
        line([b.getSouth(), lon], [b.getNorth(), lon]);
      }
    }
    map.on("moveend", draw);
    draw();
  }

  function baseMap(box, map) {
    if (!box.dataset.tiles) {
      grid(box, map);
      return;
    }
    var tiles = L.tileLayer(box.dataset.tiles, { maxZoom: 19, attribution: box.dataset.attribution }).addTo(map);
    tiles.once("tileerror", function () {
      map.removeLayer(tiles);
      grid(box, map);
    });
  }

  // The initiative's area, outlined (not clickable: clicks go through to the map).
  function areaOutline(box, map) {
    if (!box.dataset.area) {
      return null;
    }
    try {
      return L.geoJSON(JSON.parse(box.dataset.area), {
        interactive: false,
        style: { color: "#5c6f82", weight: 2, dashArray: "6 4", fill: false },
      }).addTo(map);
    } catch (ignored) {
      return null;
    }
  }

  // The features drawn so far, from the map's GeoJSON download; each opens a bubble with a link to its page, except
  // on a form, where a click draws.
  function shownFeatures(box, map, fit) {
    var url = box.dataset.featuresUrl;
    if (!url || !window.fetch) {
      return;
    }
    var interactive = box.dataset.mode === "view";
    fetch(url, { credentials: "same-origin" })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (data) {
        if (!data) {
          return;
        }
        var layer = L.geoJSON(data, {
          interactive: interactive,
          style: function (f) {
            return {
              color: f.geometry.type === "Point" ? "#a61919" : "#004d99",
              weight: 4,
              fillOpacity: 0.15,
            };
          },
          pointToLayer: function (f, latlng) {
            return L.circleMarker(latlng, { radius: 7, color: "#a61919", weight: 3, fillOpacity: 0.5 });
          },
          onEachFeature: function (f, l) {
            if (!interactive) {
              return;
            }
            var content = document.createElement("p");
            var link = document.createElement("a");
            // A feature may name its own page (the pacts' register); else the map tool's feature page.
            link.href = (f.properties && f.properties.path) || url.replace(/export\.geojson$/, "features/" + f.id);
            link.textContent = (f.properties && f.properties.title) || box.dataset.openLabel;
            content.appendChild(link);
            l.bindPopup(content);
          },
        }).addTo(map);
        if (fit && layer.getBounds().isValid()) {
          // Without animation: the page has just opened, and "loaded" then means the map is still.
          map.fitBounds(layer.getBounds(), { maxZoom: 17, animate: false });
        }
        box.dataset.loaded = String(data.features ? data.features.length : 0);
      })
      .catch(function () {
        // the list under the map says the same
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof L === "undefined") {
      return;
    }
    document.querySelectorAll(".map-picker").forEach(function (box) {
      var canvas = box.querySelector(".map-canvas");
      box.hidden = false;
      // Leaflet's own zoom control is two links with a sign each; real buttons with words, in the page's language,
      // are easier to find and to use with a screen reader, and need no colour to be read.
      // The shapes' SVG layer exactly as large as the map: by default it reaches 10% beyond it on every side, hidden
      // by the map's overflow but still over the hint above, which made its contrast unreadable to axe.
      // People who asked their system for less motion get a map that jumps instead of gliding.
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      var map = L.map(canvas, {
        scrollWheelZoom: false,
        zoomControl: false,
        zoomAnimation: !still,
        fadeAnimation: !still,
        markerZoomAnimation: !still,
        renderer: L.svg({ padding: 0 }),
      }).setView(
        [parseFloat(box.dataset.centerLatitude), parseFloat(box.dataset.centerLongitude)],
        parseInt(box.dataset.zoom, 10)
      );
      map.attributionControl.setPrefix(false);
      baseMap(box, map);
      var outline = areaOutline(box, map);
      if (outline && outline.getBounds().isValid() && box.dataset.mode !== "area" && box.dataset.mode !== "point") {
        map.fitBounds(outline.getBounds(), { animate: false });
      }
      var zoom = document.createElement("p");
      zoom.className = "map-buttons";
      [
        [box.dataset.zoomInLabel, 1],
        [box.dataset.zoomOutLabel, -1],
      ].forEach(function (pair) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "secondary";
        b.textContent = pair[0];
        b.addEventListener("click", function () {
          map.setZoom(map.getZoom() + pair[1]);
        });
        zoom.appendChild(b);
      });
      box.insertBefore(zoom, canvas.nextSibling);
      // The map takes the size of its box again when the window changes (a phone turned, a window resized).
      // Its SVG layer is resized too (it follows "moveend"), so that it never reaches past a box that shrank.
      window.addEventListener("resize", function () {
        map.invalidateSize({ pan: false });
        map.fire("moveend");
      });
      if (box.dataset.mode === "area") {
        areaPicker(box, map);
      } else if (box.dataset.mode === "feature") {
        featurePicker(box, map);
      } else if (box.dataset.mode === "point") {
        pointPicker(box, map);
      }
      shownFeatures(box, map, box.dataset.mode === "view" && !outline);
    });
  });
})();
